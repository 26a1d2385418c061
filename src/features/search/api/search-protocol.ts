// What the page asks the search engine (a search, or the closest names), and what the search worker receives: the
// call and which database to open. The reply is the hits.
import type { ClosestNamesRequest, SearchRequest } from './search-engine';

export type SearchCall =
  { method: 'search'; request: SearchRequest } | { method: 'closestNames'; request: ClosestNamesRequest };
export type SearchWorkerCall = { databaseName: string; call: SearchCall };
