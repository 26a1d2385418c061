// The calls the page makes to the search engine, and what the search worker receives (the call and which database to open).
import type { SearchRequest } from './search-engine';

export type SearchCall = { method: 'search'; request: SearchRequest } | { method: 'closestNames'; request: SearchRequest };
export type SearchWorkerCall = { databaseName: string; call: SearchCall };
