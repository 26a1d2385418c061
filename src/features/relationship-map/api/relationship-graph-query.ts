// Query factory: the relationship graph, every relationship as an edge and every character in at least one as a node.
import { queryOptions } from '@tanstack/react-query';
import type { Character, Relationship } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { byName } from '../../../lib/by-name';

export type GraphNode = Pick<Character, 'slug' | 'name'>;
export type RelationshipGraph = { nodes: GraphNode[]; edges: Relationship[] };

export const relationshipGraphQueryOptions = () =>
  queryOptions({
    queryKey: ['relationships', 'graph'],
    queryFn: async (): Promise<RelationshipGraph> => {
      const { db } = await getDatabase();
      const edges = await db.relationships.orderBy('id').toArray();
      const slugs = [...new Set(edges.flatMap((edge) => [edge.from, edge.to]))];
      const characters = (await db.characters.bulkGet(slugs)).filter((character) => character !== undefined);
      const known = new Set(characters.map((character) => character.slug));
      // Named characters A–Z, then the roles the sources leave unnamed (as in the character list).
      const nodes = characters
        .sort((a, b) => Number(a.unnamed ?? false) - Number(b.unnamed ?? false) || byName(a, b))
        .map(({ slug, name }) => ({ slug, name }));
      return { nodes, edges: edges.filter((edge) => known.has(edge.from) && known.has(edge.to)) };
    },
  });
