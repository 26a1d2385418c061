// What the page asks the map's layout worker: a graph and the options to lay it out with; the reply is its layout.
import type { LayoutOptions } from './layout-graph';
import type { RelationshipGraph } from './relationship-graph-query';

export type LayoutCall = { graph: RelationshipGraph; options: LayoutOptions };
