// The search worker: opens the wiki's IndexedDB, loads or builds the index off the main thread, and answers searches.
import { WikiDatabase } from '../../../db/wiki-database';
import { answerCalls } from '../../../lib/worker-calls';
import { closestNames, search, type SearchHit, type SearchIndex } from './search-engine';
import { openSearchIndex } from './search-index-store';
import type { SearchWorkerCall } from './search-protocol';

let index: Promise<SearchIndex> | undefined;

answerCalls<SearchWorkerCall, SearchHit[]>(async ({ databaseName, call }) => {
  try {
    index ??= openSearchIndex(new WikiDatabase(databaseName));
    const ready = await index;
    return call.method === 'search' ? search(ready, call.request) : closestNames(ready, call.request.query, call.request.limit);
  } catch (error) {
    // The next call tries to open the index afresh.
    index = undefined;
    throw error;
  }
});
