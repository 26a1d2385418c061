// Gets the search index for the stored corpus: loads the serialised copy kept in IndexedDB, or builds it once and keeps it.
import type { WikiDatabase } from '../../../db/wiki-database';
import { buildSearchDocuments } from './search-documents';
import { createSearchIndex, loadSearchIndex, type SearchIndex } from './search-engine';

export async function openSearchIndex(db: WikiDatabase): Promise<SearchIndex> {
  const corpusHash = (await db.meta.get('corpus'))?.hash ?? '';
  const stored = await db.searchIndex.get(corpusHash);
  if (stored) {
    try {
      return loadSearchIndex(stored.json);
    } catch {
      // A damaged copy is rebuilt below.
    }
  }
  const index = createSearchIndex(await buildSearchDocuments(db));
  await db.searchIndex.put({ corpusHash, json: JSON.stringify(index), builtAt: Date.now() }).catch(() => undefined);
  return index;
}
