// The map's layout worker: runs the d3-force layout off the main thread, so laying out a map never stalls the page.
import { layoutGraph } from './layout-graph';
import type { LayoutRequest, LayoutResponse } from './layout-client';

self.onmessage = ({ data }: MessageEvent<LayoutRequest>) => {
  const reply = (response: LayoutResponse) => self.postMessage(response);
  try {
    reply({ id: data.id, layout: layoutGraph(data.graph, data.options) });
  } catch (error) {
    reply({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
