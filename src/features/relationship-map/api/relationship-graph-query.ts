// Query factory: the relationship graph a map draws at a spoiler level, one character's neighbourhood or the overview's most connected characters, with how much it leaves out.
import { queryOptions } from '@tanstack/react-query';
import type { Character, Relationship } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { byName } from '../../../lib/by-name';
import { mostConnected } from './most-connected';

export type GraphNode = Pick<Character, 'slug' | 'name'>;
export type RelationshipGraph = { nodes: GraphNode[]; edges: Relationship[] };
/** Leave out relationships revealing a season above `spoilerLevel`; with `focus`, only that character's relationships. */
export type GraphScope = { spoilerLevel: number; focus?: string };
export type ScopedGraph = RelationshipGraph & {
  /** Relationships left out because they reveal a later season. */
  hidden: number;
  /** Characters and relationships the overview leaves to the characters' own pages. */
  omitted: { characters: number; relationships: number };
};

export const relationshipGraphQueryOptions = ({ spoilerLevel, focus }: GraphScope) =>
  queryOptions({
    queryKey: ['relationships', 'graph', focus ?? null, String(spoilerLevel)],
    queryFn: async (): Promise<ScopedGraph> => {
      const { db } = await getDatabase();
      const inScope =
        focus === undefined
          ? await db.relationships.orderBy('id').toArray()
          : uniqueInIdOrder((await Promise.all([db.relationships.where('from').equals(focus).toArray(), db.relationships.where('to').equals(focus).toArray()])).flat());
      const visible = inScope.filter((edge) => (edge.spoils ?? 0) <= spoilerLevel);
      const drawn = focus === undefined ? mostConnected(visible) : visible;
      const slugs = [...new Set(drawn.flatMap((edge) => [edge.from, edge.to]))];
      const characters = (await db.characters.bulkGet(slugs)).filter((character) => character !== undefined);
      const known = new Set(characters.map((character) => character.slug));
      const edges = drawn.filter((edge) => known.has(edge.from) && known.has(edge.to));
      // Named characters A–Z, then the roles the sources leave unnamed (as in the character list).
      const nodes = characters
        .sort((a, b) => Number(a.unnamed ?? false) - Number(b.unnamed ?? false) || byName(a, b))
        .map(({ slug, name }) => ({ slug, name }));
      const ends = new Set(visible.flatMap((edge) => [edge.from, edge.to]));
      return { nodes, edges, hidden: inScope.length - visible.length, omitted: { characters: ends.size - slugs.length, relationships: visible.length - drawn.length } };
    },
  });

function uniqueInIdOrder(edges: Relationship[]): Relationship[] {
  return [...new Map(edges.map((edge) => [edge.id, edge])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
