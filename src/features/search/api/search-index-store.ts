// Gets the search index for the stored corpus and keeps it in step with the fan's edits: loads the serialised index of
// the published corpus kept in IndexedDB (or builds it once and keeps it; never from a database without a corpus, as
// after site data was cleared under an open tab: that index would find nothing, for good), then re-indexes only the
// documents each edit touches, before every search (the edits stored since the last one, found by their sequence).
import { noteEdits } from '../../../db/local-edits';
import type { LocalEdit, WikiDatabase } from '../../../db/wiki-database';
import { buildSearchDocuments, changedDocuments, type ChangedRow } from './search-documents';
import { createSearchIndex, loadSearchIndex, type SearchIndex } from './search-engine';

const noCorpus = 'The wiki’s data is not in this browser’s storage (it is being loaded again).';

async function openPublishedIndex(db: WikiDatabase, corpusHash: string): Promise<SearchIndex> {
  const stored = await db.searchIndex.get(corpusHash);
  if (stored) {
    try {
      return loadSearchIndex(stored.json);
    } catch {
      // A damaged copy is rebuilt below.
    }
  }
  const documents = await buildSearchDocuments(db, 'published');
  if (documents.length === 0) throw new Error(noCorpus);
  const index = createSearchIndex(documents);
  await db.searchIndex.put({ corpusHash, json: JSON.stringify(index), builtAt: Date.now() }).catch(() => undefined);
  return index;
}

/** What an edit makes its row show: the fan's row, or the published one once the edit is dropped. */
const shownBy = (edit: LocalEdit): unknown => (edit.state === 'dropped' ? edit.published : edit.value);

/** The search index of the fan's wiki, brought up to date with the stored edits by `sync()` before each search. */
export type LiveSearchIndex = { index: SearchIndex; sync: () => Promise<SearchIndex> };

export async function openSearchIndex(db: WikiDatabase): Promise<LiveSearchIndex> {
  const corpusHash = (await db.meta.get('corpus'))?.hash;
  if (corpusHash === undefined) throw new Error(noCorpus);
  const index = await openPublishedIndex(db, corpusHash);
  /** What each edited row shows in the index now, by edit id. */
  const indexed = new Map<string, unknown>();
  let syncedSeq = 0;
  let syncing: Promise<SearchIndex> | undefined;

  async function applyNewEdits(): Promise<SearchIndex> {
    const edits = await db.edits.where('seq').above(syncedSeq).sortBy('seq');
    const last = edits.at(-1);
    if (!last) return index;
    // The readers below see these edits whether or not this context has heard of the write yet.
    noteEdits(db, edits);
    const rows: ChangedRow[] = edits.map((edit) => ({
      table: edit.table,
      key: edit.key,
      before: indexed.has(edit.id) ? indexed.get(edit.id) : edit.published,
      after: shownBy(edit),
    }));
    for (const [id, document] of await changedDocuments(db, rows)) {
      if (index.has(id)) index.discard(id);
      if (document) index.add(document);
    }
    for (const edit of edits) indexed.set(edit.id, shownBy(edit));
    syncedSeq = last.seq;
    return index;
  }

  return {
    index,
    sync: () => {
      // One sync at a time: a search that arrives during one waits for it.
      syncing = (syncing ?? Promise.resolve(index)).then(applyNewEdits, applyNewEdits);
      return syncing;
    },
  };
}
