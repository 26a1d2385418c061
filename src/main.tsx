// The entry point: configures the database with the bundled corpus, creates the QueryClient and router, and renders the
// app, taking over (hydrating) the page's prerendered HTML when the build wrote one for this URL.
import { hydrate, type QueryClient } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from './lib/react-dom-client';
import corpusHash from 'virtual:corpus-hash';
import { App, createAppRouter, type AppRouter } from './app';
import { configureDatabase, getDatabase } from './db/database';
import { hasActiveEdits } from './db/local-edits';
import { nextTask } from './lib/next-task';
import { createQueryClient } from './lib/query-client';
import { readPrerenderedState } from './lib/prerendered-state';
import { rereadPrerendered } from './lib/reread-prerendered';
import './styles.css';

configureDatabase({
  corpus: { hash: corpusHash, load: () => import('virtual:corpus').then((module) => module.default()) },
});

/**
 * Hydrates the prerendered page with the data it was rendered from (so the first render matches the HTML and nothing
 * waits for IndexedDB), then re-reads from the fan's database what their data can change: their spoiler level,
 * bookmarks and edits apply from there.
 */
async function takeOver(container: HTMLElement, queryClient: QueryClient, router: AppRouter) {
  const state = readPrerenderedState(window.location.pathname + window.location.search);
  if (!state) {
    // Another page's HTML (a host's fallback, or the page without the search the URL adds): the app renders once its
    // page is loaded, replacing that HTML in one step rather than emptying it first.
    if (container.querySelector('main')) await router.load();
    createRoot(container).render(<App queryClient={queryClient} router={router} />);
    return;
  }
  hydrate(queryClient, state.queries);
  await nextTask();
  // Marks the router as taking over server-rendered HTML, so it renders the page as the server did (no suspense
  // boundary around the root); TanStack's own hydration does the same but needs an inline script the CSP forbids.
  router.ssr = { manifest: undefined };
  await router.load();
  await nextTask();
  const fanHasEdits = async () => hasActiveEdits((await getDatabase()).db);
  // In a task after the one running the hydrated page's effects (every query on the page subscribes there).
  const readFansData = () => void nextTask().then(() => rereadPrerendered(queryClient, state.queries, fanHasEdits));
  // As a transition, React hydrates in slices that yield to the browser (a click or a key is answered between them)
  // instead of in one long task; the page is already painted, so nothing waits for it.
  startTransition(() => {
    hydrateRoot(container, <App queryClient={queryClient} router={router} onCommitted={readFansData} />);
  });
}

/** Starts the app in steps of a task each: evaluating its modules is one, making the router (its route tree) the next. */
async function start(container: HTMLElement) {
  const queryClient = createQueryClient();
  await nextTask();
  const router = createAppRouter(queryClient);
  await nextTask();
  await takeOver(container, queryClient, router);
}

const container = document.getElementById('root');
if (container) void start(container);
