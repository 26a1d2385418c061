// The page's side of map layout: lays graphs out in one Web Worker (started on first use), or in this thread where
// there are no workers (tests) or the worker failed.
import { workerCalls, type Answer } from '../../../lib/worker-calls';
import type { GraphLayout, LayoutOptions } from './layout-graph';
import type { LayoutCall } from './layout-protocol';
import type { RelationshipGraph } from './relationship-graph-query';

const inThread = (): Promise<Answer<LayoutCall, GraphLayout>> =>
  import('./layout-graph').then(
    ({ layoutGraph }) =>
      async ({ graph, options }) =>
        layoutGraph(graph, options),
  );

const callLayout: Answer<LayoutCall, GraphLayout> =
  typeof Worker === 'function'
    ? workerCalls(
        () =>
          new Worker(new URL('./layout.worker.ts', import.meta.url), {
            type: 'module',
            name: 'relationship-map-layout',
          }),
        inThread,
      )
    : (call) => inThread().then((answer) => answer(call));

export function layOut(graph: RelationshipGraph, options: LayoutOptions): Promise<GraphLayout> {
  return callLayout({ graph, options });
}
