// The search worker: opens the wiki's IndexedDB, loads or builds the index off the main thread, and answers searches.
import { WikiDatabase } from '../../../db/wiki-database';
import { answerCalls } from '../../../lib/worker-calls';
import { answerSearch, type SearchHit, type SearchIndex } from './search-engine';
import { openSearchIndex } from './search-index-store';
import type { SearchWorkerCall } from './search-protocol';

let index: Promise<SearchIndex> | undefined;

answerCalls<SearchWorkerCall, SearchHit[]>(async ({ databaseName, call }) => {
  try {
    index ??= openSearchIndex(new WikiDatabase(databaseName));
    return answerSearch(await index, call);
  } catch (error) {
    // The next call tries to open the index afresh.
    index = undefined;
    throw error;
  }
});
