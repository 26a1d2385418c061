// Query factory: the relationship graph a map draws at a spoiler level (the overview, or one character's
// neighbourhood), no more characters than a map can show legibly, with how much it leaves out.
import { queryOptions } from '@tanstack/react-query';
import type { Character, Relationship } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { readPages, readTable, readWhere } from '../../../db/read-content';
import { byName, compareNames } from '../../../lib/by-name';
import { mostConnected } from './most-connected';
import { readsContentOnly } from '../../../lib/query-client';

export type GraphNode = Pick<Character, 'slug' | 'name'>;
export type RelationshipGraph = { nodes: GraphNode[]; edges: Relationship[] };
/**
 * Leave out relationships revealing a season above `spoilerLevel`; with `focus`, only that character's relationships.
 */
export type GraphScope = { spoilerLevel: number; focus?: string };
export type ScopedGraph = RelationshipGraph & {
  /** Relationships left out because they reveal a later season. */
  hidden: number;
  /** Characters and relationships left off the map because there were too many to draw (see mostConnected). */
  omitted: { characters: number; relationships: number };
};

export const relationshipGraphQueryOptions = ({ spoilerLevel, focus }: GraphScope) =>
  queryOptions({
    queryKey: ['relationships', 'graph', focus ?? null, String(spoilerLevel)],
    meta: readsContentOnly,
    queryFn: async (): Promise<ScopedGraph> => {
      const { db } = await getDatabase();
      const inScope =
        focus === undefined
          ? await readTable(db, 'relationships')
          : uniqueInIdOrder(
              (
                await Promise.all([
                  readWhere(db, 'relationships', 'from', [focus]),
                  readWhere(db, 'relationships', 'to', [focus]),
                ])
              ).flat(),
            );
      const visible = inScope.filter((edge) => (edge.spoils ?? 0) <= spoilerLevel);
      const drawn = mostConnected(visible);
      const slugs = [...new Set(drawn.flatMap((edge) => [edge.from, edge.to]))];
      const characters = await readPages(db, 'characters', slugs);
      const known = new Set(characters.map((character) => character.slug));
      const edges = drawn.filter((edge) => known.has(edge.from) && known.has(edge.to));
      // Named characters A–Z, then the roles the sources leave unnamed (as in the character list).
      const nodes = characters
        .sort((a, b) => Number(a.unnamed ?? false) - Number(b.unnamed ?? false) || byName(a, b))
        .map(({ slug, name }) => ({ slug, name }));
      const ends = new Set(visible.flatMap((edge) => [edge.from, edge.to]));
      return {
        nodes,
        edges,
        hidden: inScope.length - visible.length,
        omitted: { characters: ends.size - slugs.length, relationships: visible.length - drawn.length },
      };
    },
  });

function uniqueInIdOrder(edges: Relationship[]): Relationship[] {
  return [...new Map(edges.map((edge) => [edge.id, edge])).values()].sort((a, b) => compareNames(a.id, b.id));
}
