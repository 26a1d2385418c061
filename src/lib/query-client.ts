// The QueryClient's defaults: every query reads local IndexedDB, so it runs offline too (networkMode 'always'), never
// goes stale and never refetches on focus. And the `meta` that marks a query reading only the wiki's content.
import { QueryClient } from '@tanstack/react-query';

declare module '@tanstack/react-query' {
  interface Register {
    queryMeta: { readsContentOnly?: true };
  }
}

/**
 * The `meta` of a query whose answer is the wiki's content (the corpus with the fan's edits over it) and nothing else
 * of the fan's (no setting, bookmark or history): prerendered into a page, its answer is the fan's too while the fan
 * has no edits. A query without it is re-read when the app takes a prerendered page over.
 */
export const readsContentOnly = { readsContentOnly: true } as const;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        networkMode: 'always',
        staleTime: Infinity,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        retry: false,
      },
      mutations: { networkMode: 'always' },
    },
  });
}
