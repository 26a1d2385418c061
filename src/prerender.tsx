// The build's server entry (build/prerender-vite-plugin.ts): renders content URLs to HTML with the app's own routes,
// loaders and components, over the corpus in an in-memory IndexedDB, at the "nothing yet" spoiler level and with no
// fan's data. Each page comes with the query cache its loaders filled, for the browser to hydrate from.
import 'fake-indexeddb/auto';
import { dehydrate } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { renderToString } from 'react-dom/server';
import loadCorpus from 'virtual:corpus';
import corpusHash from 'virtual:corpus-hash';
import { App, createAppRouter } from './app';
import { contentPaths } from './content/content-paths';
import { configureDatabase } from './db/database';
import { forgetLoadTime } from './db/build-database';
import { createQueryClient } from './lib/query-client';
import type { PrerenderedState } from './lib/prerendered-state';

configureDatabase({ corpus: { hash: corpusHash, load: loadCorpus }, name: 'prerender' });

/** Every content URL of the bundled corpus. */
export async function listContentPaths(): Promise<string[]> {
  await forgetLoadTime();
  return contentPaths(await loadCorpus());
}

export type RenderedPage = { status: number; html: string; state: PrerenderedState };

export async function renderPage(path: string): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }));
  await router.load();
  const html = renderToString(<App queryClient={queryClient} router={router} />);
  // The server load's outcome: a page (200), not found (404), an error (500) or a redirect (3xx).
  const outcome = router._serverResult;
  const status = outcome?.type === 'render' ? outcome.status : (outcome?.redirect.status ?? 500);
  const queries = dehydrate(queryClient);
  // Ends the cache's garbage-collection timers, which would keep the build's process alive for half an hour.
  queryClient.clear();
  return { status, html, state: { path, queries } };
}
