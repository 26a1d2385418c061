// Lays the relationship graph out with d3-force, synchronously and the same way every time for the same data, fitted
// into a box; narrows it to one character's neighbourhood first.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Relationship } from '../../../content/schema';
import type { GraphNode, RelationshipGraph } from './relationship-graph-query';

export type PlacedNode = GraphNode & { x: number; y: number };
export type Point = { x: number; y: number };
/**
 * A relationship drawn from source to target. Several between the same two characters bow apart: the line is a quadratic
 * curve through `mid` (where its label goes) with control point `control`; both are the straight line's midpoint for a lone one.
 */
export type PlacedEdge = {
  relationship: Relationship;
  source: PlacedNode;
  target: PlacedNode;
  mid: Point;
  control: Point;
};
export type GraphLayout = { width: number; height: number; nodes: PlacedNode[]; edges: PlacedEdge[] };
export type LayoutOptions = {
  width: number;
  height: number;
  /** Space kept free between the box's edges and the outermost node centres. */
  padding?: number;
  /** Lay out only this character and the characters it has a relationship with, with it at the centre. */
  focus?: string;
  seed?: number;
  ticks?: number;
  /** How many starting positions to try, keeping the layout with the fewest crossing lines and overlapping labels. */
  attempts?: number;
};

/** One character's neighbourhood: its relationships and the characters at their other ends. */
export function neighbourhood(graph: RelationshipGraph, focus: string): RelationshipGraph {
  const edges = graph.edges.filter((edge) => edge.from === focus || edge.to === focus);
  const ends = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  return { nodes: graph.nodes.filter((node) => ends.has(node.slug)), edges };
}

/** Breaks a label into lines of at most about `maxChars` characters, at spaces. */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * How the map draws its labels, in box units (about CSS pixels, as the map's viewBox follows its drawn width): names
 * under their dot, relationship labels on the middle of their line. The layout keeps these boxes apart; the map draws
 * them so. `charWidth` is a generous average for the semibold system font at the sizes in relationship-map.css.
 */
export const labelMetrics = {
  lineHeight: 15,
  // Generous average glyph widths for the bold labels (13.5 px names, 12 px relationships) in common sans-serif fonts.
  node: { maxChars: 15, charWidth: 8.8, radius: 9, focusRadius: 12, gap: 4 },
  edge: { maxChars: 18, charWidth: 7.6 },
} as const;

export type LabelLines = { lines: string[]; width: number; height: number };

export function nodeLabel(name: string): LabelLines {
  return measured(wrapLabel(name, labelMetrics.node.maxChars), labelMetrics.node.charWidth);
}

export function edgeLabel(label: string): LabelLines {
  return measured(wrapLabel(label, labelMetrics.edge.maxChars), labelMetrics.edge.charWidth);
}

function measured(lines: string[], charWidth: number): LabelLines {
  return {
    lines,
    width: Math.max(0, ...lines.map((line) => line.length)) * charWidth,
    height: lines.length * labelMetrics.lineHeight,
  };
}

/** The x to centre a label of this width on, near `x` but with the whole label inside a box `boxWidth` wide. */
export function labelCentre(x: number, labelWidth: number, boxWidth: number): number {
  const half = labelWidth / 2 + 2;
  return half * 2 >= boxWidth ? boxWidth / 2 : Math.min(Math.max(x, half), boxWidth - half);
}

/** A small seeded generator (mulberry32), so the simulation's jiggle is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type SimNode = SimulationNodeDatum & { slug: string; radius: number };

/**
 * Places the graph's characters (or one character's neighbourhood) in a `width` × `height` box, node centres at least
 * `padding` from its edges. Pure and synchronous: the same graph, options and seed give the same positions every time.
 */
export function layoutGraph(graph: RelationshipGraph, options: LayoutOptions): GraphLayout {
  const { width, height, padding = 40, focus, seed = 1, ticks = 300 } = options;
  const { nodes, edges } = focus === undefined ? graph : neighbourhood(graph, focus);
  // Up to 8 tries for up to 30 characters, fewer for more, so a big graph costs about as much as a small one.
  const attempts = Math.max(1, options.attempts ?? Math.min(8, Math.floor(240 / Math.max(1, nodes.length))));
  const known = new Set(nodes.map((node) => node.slug));
  const drawn = edges.filter((edge) => known.has(edge.from) && known.has(edge.to) && edge.from !== edge.to);
  const centred = nodes.some((node) => node.slug === focus);

  // A force layout can settle with lines crossing, or labels on top of each other, when it needn't: try a few starts
  // (d3's own spiral, then seeded random scatters) and keep the first that scores best. The same data and seed always
  // give the same choice.
  const random = seededRandom(seed);
  let best: { layout: GraphLayout; score: number } | undefined;
  for (let attempt = 0; attempt < attempts && best?.score !== 0; attempt += 1) {
    const simNodes = simulate(nodes, drawn, { width, height, focus, ticks, random, scatter: attempt > 0 });
    const place = fit(simNodes, { width, height, padding, centred });
    const placed = nodes.map((node, index): PlacedNode => ({ ...node, ...place(simNodes[index] ?? {}) }));
    const layout = {
      width,
      height,
      nodes: placed,
      edges: withLanes(drawn, new Map(placed.map((node) => [node.slug, node]))),
    };
    const score = 100 * countCrossings(layout.edges) + countLabelOverlaps(layout);
    if (!best || score < best.score) best = { layout, score };
  }
  return best?.layout ?? { width, height, nodes: [], edges: [] };
}

type SimulateOptions = {
  width: number;
  height: number;
  focus?: string;
  ticks: number;
  random: () => number;
  scatter: boolean;
};

/** Runs the force simulation to rest, synchronously, in roughly pixel units; the nodes come back in the order given. */
function simulate(
  nodes: GraphNode[],
  edges: Relationship[],
  { width, height, focus, ticks, random, scatter }: SimulateOptions,
): SimNode[] {
  // Collision radii of about half a name label keep labels apart before fitting.
  const simNodes: SimNode[] = nodes.map(({ slug, name }) => {
    const label = nodeLabel(name);
    const radius = Math.max(28, label.width / 2, label.height + 12);
    // Without x and y d3 starts the nodes on a spiral; a scatter starts them at seeded random spots instead.
    return scatter ? { slug, radius, x: (random() - 0.5) * 400, y: (random() - 0.5) * 400 } : { slug, radius };
  });
  const focused = simNodes.find((node) => node.slug === focus);
  if (focused) Object.assign(focused, { x: 0, y: 0, fx: 0, fy: 0 });
  const links: SimulationLinkDatum<SimNode>[] = edges.map((edge) => ({ source: edge.from, target: edge.to }));
  // A portrait box pulls harder sideways, a landscape one harder up and down, so the graph takes the box's shape.
  const aspect = Math.sqrt(width / height);
  forceSimulation(simNodes)
    .randomSource(random)
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((node) => node.slug)
        .distance(130),
    )
    .force('charge', forceManyBody<SimNode>().strength(-320))
    .force(
      'collide',
      forceCollide<SimNode>((node) => node.radius),
    )
    .force('x', forceX<SimNode>(0).strength(0.06 / aspect))
    .force('y', forceY<SimNode>(0).strength(0.06 * aspect))
    .stop()
    .tick(ticks);
  return simNodes;
}

/** How many pairs of (straight) lines without a shared end cross each other. */
function countCrossings(edges: PlacedEdge[]): number {
  const side = (a: Point, b: Point, c: Point) => Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
  let crossings = 0;
  edges.forEach(({ source: a, target: b }, index) => {
    for (const { source: c, target: d } of edges.slice(index + 1)) {
      if (a === c || a === d || b === c || b === d) continue;
      if (side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0) crossings += 1;
    }
  });
  return crossings;
}

type Box = { left: number; top: number; right: number; bottom: number };

/** How many pairs of labels (and dots) would overlap as the map draws them. */
function countLabelOverlaps({ width, nodes, edges }: GraphLayout): number {
  const box = (centre: number, top: number, label: LabelLines): Box => ({
    left: centre - label.width / 2,
    top,
    right: centre + label.width / 2,
    bottom: top + label.height,
  });
  const { radius, gap } = labelMetrics.node;
  const boxes: Box[] = [
    ...nodes.flatMap((node) => {
      const label = nodeLabel(node.name);
      return [
        { left: node.x - radius, top: node.y - radius, right: node.x + radius, bottom: node.y + radius },
        box(labelCentre(node.x, label.width, width), node.y + radius + gap, label),
      ];
    }),
    ...edges.map((edge) => {
      const label = edgeLabel(edge.relationship.label);
      return box(labelCentre(edge.mid.x, label.width, width), edge.mid.y - label.height / 2, label);
    }),
  ];
  let overlaps = 0;
  boxes.forEach((first, index) => {
    for (const second of boxes.slice(index + 1)) {
      if (
        first.left < second.right &&
        second.left < first.right &&
        first.top < second.bottom &&
        second.top < first.bottom
      )
        overlaps += 1;
    }
  });
  return overlaps;
}

/**
 * Scales and moves simulated positions into the box: the bounding box centred, or (in focus mode) the focus, at (0, 0),
 * centred.
 */
function fit(
  nodes: SimNode[],
  { width, height, padding, centred }: { width: number; height: number; padding: number; centred: boolean },
) {
  const xs = nodes.map((node) => node.x ?? 0);
  const ys = nodes.map((node) => node.y ?? 0);
  const [cx, spanX] = centred
    ? [0, 2 * Math.max(0, ...xs.map(Math.abs))]
    : [(Math.min(...xs) + Math.max(...xs)) / 2, Math.max(...xs) - Math.min(...xs)];
  const [cy, spanY] = centred
    ? [0, 2 * Math.max(0, ...ys.map(Math.abs))]
    : [(Math.min(...ys) + Math.max(...ys)) / 2, Math.max(...ys) - Math.min(...ys)];
  const room = (size: number, span: number) => (span > 0 ? Math.max(0, size - 2 * padding) / span : Infinity);
  const [roomX, roomY] = [room(width, spanX), room(height, spanY)];
  // Never blow a small graph up more than twice its simulated size; stretch one way at most 1.5 times more than the
  // other, to fill a box of another shape without distorting the drawing much.
  const scale = Math.min(roomX, roomY, 2);
  const [scaleX, scaleY] = [Math.min(roomX, 1.5 * scale, 2), Math.min(roomY, 1.5 * scale, 2)];
  const round = (value: number) => Math.round(value * 10) / 10;
  return (node: SimulationNodeDatum) => ({
    x: round(width / 2 + ((node.x ?? 0) - cx) * scaleX),
    y: round(height / 2 + ((node.y ?? 0) - cy) * scaleY),
  });
}

/** How far apart, in box units, the curves of relationships between the same two characters run. */
const laneGap = 36;

function withLanes(edges: Relationship[], bySlug: Map<string, PlacedNode>): PlacedEdge[] {
  const pairKey = (edge: Relationship) => [edge.from, edge.to].sort().join(' ');
  const pairs = new Map<string, number>();
  for (const edge of edges) pairs.set(pairKey(edge), (pairs.get(pairKey(edge)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return edges.flatMap((relationship) => {
    const source = bySlug.get(relationship.from);
    const target = bySlug.get(relationship.to);
    if (!source || !target) return [];
    const key = pairKey(relationship);
    const position = seen.get(key) ?? 0;
    seen.set(key, position + 1);
    // Lanes 0 for a lone relationship, else ±0.5, ±1, …, measured across the pair's line taken in slug order, so that
    // relationships in opposite directions still get different sides.
    const lane = position - ((pairs.get(key) ?? 1) - 1) / 2;
    const [a, b] = source.slug < target.slug ? [source, target] : [target, source];
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
    const middle = { x: (source.x + target.x) / 2, y: (source.y + target.y) / 2 };
    const offset = lane * laneGap;
    const round = (value: number) => Math.round(value * 10) / 10;
    return [
      {
        relationship,
        source,
        target,
        mid: { x: round(middle.x + normal.x * offset), y: round(middle.y + normal.y * offset) },
        control: { x: round(middle.x + 2 * normal.x * offset), y: round(middle.y + 2 * normal.y * offset) },
      },
    ];
  });
}
