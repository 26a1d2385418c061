// The search worker: opens the wiki's IndexedDB, loads or builds the index off the main thread, brings it up to date
// with the fan's edits and answers searches.
import { WikiDatabase } from '../../../db/wiki-database';
import { answerCalls } from '../../../lib/worker-calls';
import { answerSearch, type SearchHit } from './search-engine';
import { openSearchIndex, type LiveSearchIndex } from './search-index-store';
import type { SearchWorkerCall } from './search-protocol';

let index: Promise<LiveSearchIndex> | undefined;

answerCalls<SearchWorkerCall, SearchHit[]>(async ({ databaseName, call }) => {
  try {
    index ??= openSearchIndex(new WikiDatabase(databaseName));
    return answerSearch(await (await index).sync(), call);
  } catch (error) {
    // The next call tries to open the index afresh.
    index = undefined;
    throw error;
  }
});
