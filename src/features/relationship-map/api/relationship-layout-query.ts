// Query factory: a map's layout for a graph scope and box, computed off the main thread and kept, so a map seen before
// draws at once.
import { queryOptions } from '@tanstack/react-query';
import { layOut } from './layout-client';
import type { GraphScope, RelationshipGraph } from './relationship-graph-query';
import { readsContentOnly } from '../../../lib/query-client';

export type MapFrame = { width: number; height: number };

/** `graph` is what relationshipGraphQueryOptions(scope) read: the scope (in the key) decides it. */
export const relationshipLayoutQueryOptions = (
  { spoilerLevel, focus }: GraphScope,
  frame: MapFrame,
  graph: RelationshipGraph,
) =>
  queryOptions({
    queryKey: ['relationships', 'layout', focus ?? null, String(spoilerLevel), frame.width, frame.height],
    meta: readsContentOnly,
    queryFn: () => layOut(graph, { ...frame, padding: 44, focus }),
  });
