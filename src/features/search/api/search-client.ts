// The page's side of search: runs the engine in a Web Worker when the data is in the browser's IndexedDB, in this thread otherwise (memory-only storage, tests); loaded on first use.
import { getDatabase } from '../../../db/database';
import type { WikiDatabase } from '../../../db/wiki-database';
import type { SearchHit } from './search-engine';
import { workerCalls } from '../../../lib/worker-calls';
import type { SearchCall, SearchWorkerCall } from './search-protocol';

type Runner = (call: SearchCall) => Promise<SearchHit[]>;

let runner: Promise<Runner> | undefined;

export function runSearch(call: SearchCall): Promise<SearchHit[]> {
  runner ??= createRunner();
  return runner.then((run) => run(call));
}

async function createRunner(): Promise<Runner> {
  const { db, storage } = await getDatabase();
  const inThread = () => inThreadRunner(db);
  if (storage !== 'browser' || typeof Worker !== 'function') return inThread();
  // In a worker when the data is in the browser's IndexedDB; if the worker cannot start or dies, in this thread instead.
  const callWorker = workerCalls<SearchWorkerCall, SearchHit[]>(
    () => new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' }),
    () => inThread().then((run) => ({ call }) => run(call)),
  );
  return (call) => callWorker({ databaseName: db.name, call });
}

async function inThreadRunner(db: WikiDatabase): Promise<Runner> {
  const [{ openSearchIndex }, engine] = await Promise.all([import('./search-index-store'), import('./search-engine')]);
  const index = await openSearchIndex(db);
  return async (call) => (call.method === 'search' ? engine.search(index, call.request) : engine.closestNames(index, call.request.query, call.request.limit));
}
