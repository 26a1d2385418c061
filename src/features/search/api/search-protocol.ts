// The messages between the page and the search worker.
import type { ClosestNamesRequest, SearchHit, SearchRequest } from './search-engine';

export type SearchCall = { method: 'search'; request: SearchRequest } | { method: 'closestNames'; request: ClosestNamesRequest };
export type WorkerRequest = { id: number; databaseName: string; call: SearchCall };
export type WorkerResponse = { id: number; hits: SearchHit[] } | { id: number; error: string };
