// The page's side of search: runs the engine in a Web Worker when the data is in the browser's IndexedDB, in this
// thread otherwise (memory-only storage, tests) or when the worker fails; loaded on first use.
import { getDatabase } from '../../../db/database';
import type { WikiDatabase } from '../../../db/wiki-database';
import { workerCalls, type Answer } from '../../../lib/worker-calls';
import type { SearchHit } from './search-engine';
import type { SearchCall, SearchWorkerCall } from './search-protocol';

let runner: Promise<Answer<SearchCall, SearchHit[]>> | undefined;

export async function runSearch(call: SearchCall): Promise<SearchHit[]> {
  runner ??= createRunner();
  // Each search first makes sure the corpus is stored (it is loaded again if site data was cleared under the open tab).
  await getDatabase();
  return (await runner)(call);
}

async function createRunner(): Promise<Answer<SearchCall, SearchHit[]>> {
  const { db, storage } = await getDatabase();
  if (storage !== 'browser' || typeof Worker !== 'function') return inThread(db);
  const callWorker = workerCalls<SearchWorkerCall, SearchHit[]>(
    () => new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' }),
    () =>
      inThread(db).then(
        (run) =>
          ({ call }) =>
            run(call),
      ),
  );
  return (call) => callWorker({ databaseName: db.name, call });
}

async function inThread(db: WikiDatabase): Promise<Answer<SearchCall, SearchHit[]>> {
  const [{ openSearchIndex }, { answerSearch }] = await Promise.all([
    import('./search-index-store'),
    import('./search-engine'),
  ]);
  const index = await openSearchIndex(db);
  return async (call) => answerSearch(await index.sync(), call);
}
