// The page's side of search: runs the engine in a Web Worker when the data is in the browser's IndexedDB, in this thread otherwise (memory-only storage, tests); loaded on first use.
import { getDatabase } from '../../../db/database';
import type { WikiDatabase } from '../../../db/wiki-database';
import type { SearchHit } from './search-engine';
import type { SearchCall, WorkerResponse } from './search-protocol';

type Runner = (call: SearchCall) => Promise<SearchHit[]>;

let runner: Promise<Runner> | undefined;

export async function runSearch(call: SearchCall): Promise<SearchHit[]> {
  runner ??= createRunner();
  // Each search first makes sure the corpus is stored (it is loaded again if site data was cleared under the open tab).
  await getDatabase();
  return (await runner)(call);
}

async function createRunner(): Promise<Runner> {
  const { db, storage } = await getDatabase();
  const inThread = () => inThreadRunner(db);
  return storage === 'browser' && typeof Worker === 'function' ? workerRunner(db.name, inThread) : inThread();
}

async function inThreadRunner(db: WikiDatabase): Promise<Runner> {
  const [{ openSearchIndex }, engine] = await Promise.all([import('./search-index-store'), import('./search-engine')]);
  const index = await openSearchIndex(db);
  return async (call) => (call.method === 'search' ? engine.search(index, call.request) : engine.closestNames(index, call.request.query, call.request.limit));
}

/** Runs searches in a worker; if the worker cannot start or dies, this and later searches run in this thread instead. */
function workerRunner(databaseName: string, fallback: () => Promise<Runner>): Runner {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const pending = new Map<number, { call: SearchCall; resolve: (hits: SearchHit[]) => void; reject: (error: unknown) => void }>();
  let inThread: Promise<Runner> | undefined;
  let nextId = 0;
  worker.onmessage = ({ data }: MessageEvent<WorkerResponse>) => {
    const entry = pending.get(data.id);
    pending.delete(data.id);
    if (!entry) return;
    if ('error' in data) entry.reject(new Error(data.error));
    else entry.resolve(data.hits);
  };
  worker.onerror = () => {
    worker.terminate();
    inThread ??= fallback();
    for (const entry of pending.values()) inThread.then((run) => run(entry.call)).then(entry.resolve, entry.reject);
    pending.clear();
  };
  return (call) => {
    if (inThread) return inThread.then((run) => run(call));
    return new Promise((resolve, reject) => {
      nextId += 1;
      pending.set(nextId, { call, resolve, reject });
      worker.postMessage({ id: nextId, databaseName, call });
    });
  };
}
