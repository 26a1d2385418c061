// The entry point: configures the database with the bundled corpus, creates the QueryClient and router, and renders the
// app.
import { QueryClientProvider } from '@tanstack/react-query';
import { createRouter, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import corpusHash from 'virtual:corpus-hash';
import { configureDatabase } from './db/database';
import { OpenBlockedNotice } from './features/storage/components/open-blocked-notice';
import { createQueryClient } from './lib/query-client';
import { routeTree } from './routeTree.gen';
import { routerOptions } from './routes/-router-options';
import './styles.css';

configureDatabase({
  corpus: { hash: corpusHash, load: () => import('virtual:corpus').then((module) => module.default()) },
});

const queryClient = createQueryClient();
const router = createRouter({
  ...routerOptions,
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <OpenBlockedNotice />
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
