// The map's layout worker: runs the d3-force layout off the main thread, so laying out a map never stalls the page.
import { answerCalls } from '../../../lib/worker-calls';
import { layoutGraph, type GraphLayout } from './layout-graph';
import type { LayoutCall } from './layout-protocol';

answerCalls<LayoutCall, GraphLayout>(({ graph, options }) => layoutGraph(graph, options));
