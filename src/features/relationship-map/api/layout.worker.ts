// The map's layout worker: runs the d3-force layout off the main thread, so laying out a map never stalls the page.
import { answerCalls } from '../../../lib/worker-calls';
import type { LayoutCall } from './layout-client';
import { layoutGraph, type GraphLayout } from './layout-graph';

answerCalls<LayoutCall, GraphLayout>(({ graph, options }) => layoutGraph(graph, options));
