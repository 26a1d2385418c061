// The app as one tree, shared by the browser (main.tsx) and the build's prerendering (prerender.tsx): the router over
// the route tree with the QueryClient in its context, and the providers around it.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createRouter, RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { StrictMode, useEffect } from 'react';
import { OpenBlockedNotice } from './features/storage/components/open-blocked-notice';
import { routeTree } from './routeTree.gen';
import { routerOptions } from './routes/-router-options';

/** The router; `prerenderHistory` when the build renders a page (without the browser's history and scrolling). */
export function createAppRouter(queryClient: QueryClient, prerenderHistory?: RouterHistory) {
  return createRouter({
    ...routerOptions,
    routeTree,
    history: prerenderHistory,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    // Scroll restoration renders an inline script on the server, which the CSP forbids; the browser's router, with
    // it, renders nothing in its place, so the hydrated tree is the same.
    scrollRestoration: !prerenderHistory,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}

type AppProps = {
  queryClient: QueryClient;
  router: AppRouter;
  /** Runs once the first render is committed (after hydration, when the app takes over a prerendered page). */
  onCommitted?: () => void;
};

export function App({ queryClient, router, onCommitted }: AppProps) {
  return (
    <StrictMode>
      <Committed onCommitted={onCommitted} />
      <QueryClientProvider client={queryClient}>
        <OpenBlockedNotice />
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  );
}

function Committed({ onCommitted }: { onCommitted?: () => void }) {
  useEffect(() => onCommitted?.(), [onCommitted]);
  return null;
}
