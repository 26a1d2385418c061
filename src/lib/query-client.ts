// The QueryClient's defaults: corpus data only changes on a new build, so queries never go stale and never refetch on focus.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: 30 * 60_000, refetchOnWindowFocus: false, retry: false },
    },
  });
}
