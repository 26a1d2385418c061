// Gets the search index for the stored corpus: loads the serialised copy kept in IndexedDB, or builds it once and keeps
// it (never from a database without a corpus, as after site data was cleared under an open tab: that index would find
// nothing, for good).
import type { WikiDatabase } from '../../../db/wiki-database';
import { buildSearchDocuments } from './search-documents';
import { createSearchIndex, loadSearchIndex, type SearchIndex } from './search-engine';

const noCorpus = 'The wiki’s data is not in this browser’s storage (it is being loaded again).';

export async function openSearchIndex(db: WikiDatabase): Promise<SearchIndex> {
  const corpusHash = (await db.meta.get('corpus'))?.hash;
  if (corpusHash === undefined) throw new Error(noCorpus);
  const stored = await db.searchIndex.get(corpusHash);
  if (stored) {
    try {
      return loadSearchIndex(stored.json);
    } catch {
      // A damaged copy is rebuilt below.
    }
  }
  const documents = await buildSearchDocuments(db);
  if (documents.length === 0) throw new Error(noCorpus);
  const index = createSearchIndex(documents);
  await db.searchIndex.put({ corpusHash, json: JSON.stringify(index), builtAt: Date.now() }).catch(() => undefined);
  return index;
}
