// The page's side of map layout: lays graphs out in one Web Worker (started on first use), or in this thread where there are no workers (tests) or the worker failed.
import type { GraphLayout, LayoutOptions } from './layout-graph';
import type { RelationshipGraph } from './relationship-graph-query';

export type LayoutRequest = { id: number; graph: RelationshipGraph; options: LayoutOptions };
export type LayoutResponse = { id: number; layout: GraphLayout } | { id: number; error: string };

type Pending = { request: LayoutRequest; resolve: (layout: GraphLayout) => void; reject: (error: unknown) => void };

let worker: Worker | undefined;
let workerFailed = false;
let nextId = 0;
const pending = new Map<number, Pending>();

export function layOut(graph: RelationshipGraph, options: LayoutOptions): Promise<GraphLayout> {
  if (workerFailed || typeof Worker !== 'function') return inThread(graph, options);
  worker ??= startWorker();
  nextId += 1;
  const request = { id: nextId, graph, options };
  return new Promise((resolve, reject) => {
    pending.set(request.id, { request, resolve, reject });
    worker?.postMessage(request);
  });
}

function inThread(graph: RelationshipGraph, options: LayoutOptions): Promise<GraphLayout> {
  return import('./layout-graph').then(({ layoutGraph }) => layoutGraph(graph, options));
}

function startWorker(): Worker {
  const started = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'relationship-map-layout' });
  started.onmessage = ({ data }: MessageEvent<LayoutResponse>) => {
    const entry = pending.get(data.id);
    pending.delete(data.id);
    if (!entry) return;
    if ('error' in data) entry.reject(new Error(data.error));
    else entry.resolve(data.layout);
  };
  // A worker that cannot start (or dies) hands its requests, and every later one, to this thread.
  started.onerror = () => {
    started.terminate();
    workerFailed = true;
    worker = undefined;
    for (const { request, resolve, reject } of pending.values()) inThread(request.graph, request.options).then(resolve, reject);
    pending.clear();
  };
  return started;
}
