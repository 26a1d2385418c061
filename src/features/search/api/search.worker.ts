// The search worker: opens the wiki's IndexedDB, loads or builds the index off the main thread, and answers searches.
import { WikiDatabase } from '../../../db/wiki-database';
import { closestNames, search, type SearchIndex } from './search-engine';
import { openSearchIndex } from './search-index-store';
import type { WorkerRequest, WorkerResponse } from './search-protocol';

let index: Promise<SearchIndex> | undefined;

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  const reply = (response: WorkerResponse) => self.postMessage(response);
  try {
    index ??= openSearchIndex(new WikiDatabase(data.databaseName));
    const ready = await index;
    const { call } = data;
    reply({ id: data.id, hits: call.method === 'search' ? search(ready, call.request) : closestNames(ready, call.request) });
  } catch (error) {
    index = undefined;
    reply({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
