// Query factories for search: results for a query at the fan's spoiler level (the results page and the header's
// suggestions), and the closest names when nothing matched.
import { queryOptions } from '@tanstack/react-query';
import type { EntityKind } from '../../../content/schema';
import type { SearchCall } from './search-protocol';

/** The search client and its worker load with the first search, not with every page's header box. */
const runSearch = async (call: SearchCall) => (await import('./search-client')).runSearch(call);

/** `spoilerLevel`: results that spoil a season above it are left out (Infinity: none are). */
export const searchQueryOptions = (query: string, spoilerLevel: number, limit = 50) =>
  queryOptions({
    queryKey: ['search', query, limit, Number.isFinite(spoilerLevel) ? spoilerLevel : 'all'],
    queryFn: () => runSearch({ method: 'search', request: { query, limit, spoilerLevel } }),
    staleTime: Infinity,
  });

/** The closest page names to `query` (the pages of kind `within` first, when any come close). */
export const closestNamesQueryOptions = (query: string, within?: EntityKind) =>
  queryOptions({
    queryKey: ['search', 'closest-names', query, within ?? 'all'],
    queryFn: () => runSearch({ method: 'closestNames', request: { query, limit: 3, within } }),
    staleTime: Infinity,
  });
