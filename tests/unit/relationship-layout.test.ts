// The relationship map's data and layout: the graph query over the fixture corpus (spoiler level, focus), the
// overview's most-connected rule, the neighbourhood filter, and a d3-force layout that repeats itself, stays in its box
// and centres a focus.
import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Relationship } from '../../src/content/schema';
import {
  layoutGraph,
  neighbourhood,
  wrapLabel,
  type GraphLayout,
} from '../../src/features/relationship-map/api/layout-graph';
import { mostConnected } from '../../src/features/relationship-map/api/most-connected';
import {
  relationshipGraphQueryOptions,
  type RelationshipGraph,
} from '../../src/features/relationship-map/api/relationship-graph-query';
import { sourceA } from '../fixtures/small-corpus';
import { openTestDatabase } from '../fixtures/test-database';

function relationship(from: string, to: string, extra: Partial<Relationship> = {}): Relationship {
  return { id: `${from}-${to}`, from, to, kind: 'friends', label: `${from} and ${to}`, sources: [sourceA], ...extra };
}

/** Twelve characters in a ring with a few chords, two relationships between one pair, and a long unnamed role. */
function syntheticGraph(): RelationshipGraph {
  const slugs = Array.from({ length: 12 }, (_, index) => `c${index}`);
  const nodes = slugs.map((slug) => ({ slug, name: `Character ${slug}` }));
  nodes.push({ slug: 'role', name: 'A role the sources leave unnamed' });
  const edges = [
    ...slugs.map((slug, index) => relationship(slug, slugs[(index + 1) % slugs.length] ?? 'c0')),
    relationship('c0', 'c6', { kind: 'enemies' }),
    relationship('c3', 'c9', { kind: 'family' }),
    relationship('c1', 'c0', { id: 'c1-c0-again', kind: 'romance' }),
    relationship('c0', 'role', { kind: 'employer', spoils: 2 }),
  ];
  return { nodes, edges };
}

function expectInside(layout: GraphLayout, padding: number) {
  for (const node of layout.nodes) {
    expect(node.x).toBeGreaterThanOrEqual(padding - 0.05);
    expect(node.x).toBeLessThanOrEqual(layout.width - padding + 0.05);
    expect(node.y).toBeGreaterThanOrEqual(padding - 0.05);
    expect(node.y).toBeLessThanOrEqual(layout.height - padding + 0.05);
  }
  for (const edge of layout.edges) {
    expect(edge.mid.x).toBeGreaterThanOrEqual(0);
    expect(edge.mid.x).toBeLessThanOrEqual(layout.width);
    expect(edge.mid.y).toBeGreaterThanOrEqual(0);
    expect(edge.mid.y).toBeLessThanOrEqual(layout.height);
  }
}

describe('relationship graph query', () => {
  beforeEach(async () => {
    await openTestDatabase();
  });

  it('reads every relationship as an edge and the characters in them as nodes, named ones first', async () => {
    const graph = await new QueryClient().fetchQuery(relationshipGraphQueryOptions({ spoilerLevel: Infinity }));
    expect(graph.nodes).toEqual([
      { slug: 'test-heroine', name: 'Test Heroine' },
      { slug: 'test-villain', name: 'Test Villain' },
      { slug: 'an-unnamed-student', name: 'An unnamed student' },
    ]);
    expect(graph.edges.map((edge) => [edge.id, edge.from, edge.to, edge.kind, edge.label, edge.spoils])).toEqual([
      ['villain-heroine-enemies', 'test-villain', 'test-heroine', 'enemies', 'nemesis', undefined],
      ['villain-student-control', 'test-villain', 'an-unnamed-student', 'enemies', 'controls', 1],
    ]);
    expect(graph).toMatchObject({ hidden: 0, omitted: { characters: 0, relationships: 0 } });
  });

  it('leaves out relationships above the spoiler level and the characters left with none, and counts them', async () => {
    const graph = await new QueryClient().fetchQuery(relationshipGraphQueryOptions({ spoilerLevel: 0 }));
    expect(graph.edges.map((edge) => edge.id)).toEqual(['villain-heroine-enemies']);
    expect(graph.nodes.map((node) => node.slug)).toEqual(['test-heroine', 'test-villain']);
    expect(graph.hidden).toBe(1);
  });

  it('reads only a focus character’s relationships, through the from and to indexes', async () => {
    const graph = await new QueryClient().fetchQuery(
      relationshipGraphQueryOptions({ spoilerLevel: Infinity, focus: 'an-unnamed-student' }),
    );
    expect(graph.edges.map((edge) => edge.id)).toEqual(['villain-student-control']);
    expect(graph.nodes.map((node) => node.slug)).toEqual(['test-villain', 'an-unnamed-student']);
    const hiddenAll = await new QueryClient().fetchQuery(
      relationshipGraphQueryOptions({ spoilerLevel: 0, focus: 'an-unnamed-student' }),
    );
    expect(hiddenAll).toMatchObject({ nodes: [], edges: [], hidden: 1 });
  });

  it('lays the fixture out around a focus character', async () => {
    const graph = await new QueryClient().fetchQuery(
      relationshipGraphQueryOptions({ spoilerLevel: Infinity, focus: 'test-heroine' }),
    );
    const layout = layoutGraph(graph, { width: 320, height: 384, focus: 'test-heroine' });
    expect(layout.nodes.map((node) => node.slug)).toEqual(['test-heroine', 'test-villain']);
    expect(layout.nodes[0]).toMatchObject({ x: 160, y: 192 });
  });
});

describe('the overview’s most connected characters', () => {
  it('keeps every relationship while the characters fit', () => {
    const { edges } = syntheticGraph();
    expect(mostConnected(edges, 13)).toEqual(edges);
  });

  it('grows a connected core from the most connected character, taking the most connected of its neighbours first', () => {
    // c0 has five relationships (c1 twice, c11, c6, role); of its neighbours c1 and c6 have three (c1 first by slug),
    // c11 two, role one.
    const kept = mostConnected(syntheticGraph().edges, 3);
    expect(kept.map((edge) => edge.id)).toEqual(['c0-c1', 'c0-c6', 'c1-c0-again']);
  });

  it('jumps to the next most connected character when the core has no more neighbours', () => {
    const edges = [
      relationship('a', 'b'),
      relationship('a', 'c'),
      relationship('a', 'd'),
      relationship('x', 'y'),
      relationship('x', 'z'),
    ];
    expect(mostConnected(edges, 6).map((edge) => edge.id)).toEqual(['a-b', 'a-c', 'a-d', 'x-y']);
  });

  it('leaves a hub’s many one-off contacts out when they are less connected than characters further away', () => {
    const hub = Array.from({ length: 8 }, (_, index) => relationship('hub', `fan${index}`));
    const ring = [
      relationship('hub', 'p'),
      relationship('p', 'q'),
      relationship('q', 'p', { id: 'q-p-again' }),
      relationship('q', 'r'),
      relationship('r', 's'),
    ];
    const kept = new Set(mostConnected([...hub, ...ring], 4).flatMap((edge) => [edge.from, edge.to]));
    expect([...kept].sort()).toEqual(['hub', 'p', 'q', 'r']);
  });
});

describe('neighbourhood', () => {
  it('keeps one character, its relationships and the characters at their other ends', () => {
    const around = neighbourhood(syntheticGraph(), 'c0');
    expect(around.nodes.map((node) => node.slug).sort()).toEqual(['c0', 'c1', 'c11', 'c6', 'role']);
    expect(around.edges.every((edge) => edge.from === 'c0' || edge.to === 'c0')).toBe(true);
    expect(around.edges).toHaveLength(5);
  });
});

describe('layoutGraph', () => {
  it('gives the same positions for the same data, every time', () => {
    const first = layoutGraph(syntheticGraph(), { width: 720, height: 432 });
    const second = layoutGraph(syntheticGraph(), { width: 720, height: 432 });
    expect(second).toEqual(first);
    expect(layoutGraph(syntheticGraph(), { width: 320, height: 384, focus: 'c3' })).toEqual(
      layoutGraph(syntheticGraph(), { width: 320, height: 384, focus: 'c3' }),
    );
  });

  it('spreads the characters out: no two on the same spot', () => {
    const layout = layoutGraph(syntheticGraph(), { width: 320, height: 384 });
    const spots = new Set(layout.nodes.map((node) => `${Math.round(node.x / 10)},${Math.round(node.y / 10)}`));
    expect(spots.size).toBe(layout.nodes.length);
  });

  it.each([
    [320, 384, 44],
    [960, 576, 40],
    [400, 200, 20],
  ])('keeps every node inside a %i × %i box with %i of padding', (width, height, padding) => {
    const layout = layoutGraph(syntheticGraph(), { width, height, padding });
    expect(layout).toMatchObject({ width, height });
    expect(layout.nodes).toHaveLength(13);
    expect(layout.edges).toHaveLength(16);
    expectInside(layout, padding);
    expectInside(layoutGraph(syntheticGraph(), { width, height, padding, focus: 'c0' }), padding);
  });

  it('in focus mode lays out only the neighbourhood, with the focus at the centre', () => {
    const layout = layoutGraph(syntheticGraph(), { width: 320, height: 384, focus: 'c0' });
    expect(layout.nodes.map((node) => node.slug).sort()).toEqual(['c0', 'c1', 'c11', 'c6', 'role']);
    expect(layout.edges.every(({ source, target }) => source.slug === 'c0' || target.slug === 'c0')).toBe(true);
    const focus = layout.nodes.find((node) => node.slug === 'c0');
    expect(focus?.x).toBeCloseTo(160, 0);
    expect(focus?.y).toBeCloseTo(192, 0);
  });

  it('lays out nothing for a character without relationships, and a lone pair inside the box', () => {
    expect(layoutGraph(syntheticGraph(), { width: 320, height: 384, focus: 'nobody' })).toEqual({
      width: 320,
      height: 384,
      nodes: [],
      edges: [],
    });
    const pair = layoutGraph(
      {
        nodes: [
          { slug: 'a', name: 'A' },
          { slug: 'b', name: 'B' },
        ],
        edges: [relationship('a', 'b')],
      },
      { width: 320, height: 384 },
    );
    expectInside(pair, 40);
    expect(Math.hypot(pair.nodes[0]!.x - pair.nodes[1]!.x, pair.nodes[0]!.y - pair.nodes[1]!.y)).toBeGreaterThan(100);
  });

  it('bows relationships between the same two characters apart, whichever way they point', () => {
    const layout = layoutGraph(syntheticGraph(), { width: 720, height: 432 });
    const [there, back] = ['c0-c1', 'c1-c0-again'].map(
      (id) => layout.edges.find((edge) => edge.relationship.id === id)?.mid,
    );
    expect(there).toBeDefined();
    expect(Math.hypot(there!.x - back!.x, there!.y - back!.y)).toBeGreaterThan(30);
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces into lines of about the given length', () => {
    expect(wrapLabel('The coed caught by Kilgrave', 15)).toEqual(['The coed caught', 'by Kilgrave']);
    expect(wrapLabel('Kilgrave', 15)).toEqual(['Kilgrave']);
    expect(wrapLabel('captor and nemesis', 18)).toEqual(['captor and nemesis']);
  });
});
