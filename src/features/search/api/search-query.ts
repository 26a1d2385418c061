// Query factories for search: results for a query (the results page and the header's suggestions), and the closest names when nothing matched.
import { queryOptions } from '@tanstack/react-query';
import { runSearch } from './search-client';

export const searchQueryOptions = (query: string, limit = 50) =>
  queryOptions({
    queryKey: ['search', query, limit],
    queryFn: () => runSearch({ method: 'search', request: { query, limit } }),
    staleTime: Infinity,
  });

export const closestNamesQueryOptions = (query: string) =>
  queryOptions({
    queryKey: ['search', 'closest-names', query],
    queryFn: () => runSearch({ method: 'closestNames', request: { query, limit: 3 } }),
    staleTime: Infinity,
  });
