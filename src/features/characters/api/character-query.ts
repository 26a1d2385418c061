// Query factory: one character by slug with its actors and relationships resolved to names; null when there is no such
// character.
import { queryOptions } from '@tanstack/react-query';
import type { Character, Person } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { readPages, readWhere, type Read } from '../../../db/read-content';
import { readsContentOnly } from '../../../lib/query-client';

export type CharacterRelationship = { relationship: Read<'relationships'>; other: Pick<Character, 'slug' | 'name'> };
export type CharacterDetail = {
  character: Read<'characters'>;
  actors: Person[];
  relationships: CharacterRelationship[];
};

export const characterQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['characters', slug],
    meta: readsContentOnly,
    queryFn: async (): Promise<CharacterDetail | null> => {
      const { db } = await getDatabase();
      const [character] = await readPages(db, 'characters', [slug]);
      if (!character) return null;
      const [actors, outgoing, incoming] = await Promise.all([
        readPages(
          db,
          'people',
          character.portrayedBy.map((actor) => actor.person),
        ),
        readWhere(db, 'relationships', 'from', [slug]),
        readWhere(db, 'relationships', 'to', [slug]),
      ]);
      const relationships = [...outgoing, ...incoming];
      const others = new Map(
        (
          await readPages(
            db,
            'characters',
            relationships.map((r) => (r.from === slug ? r.to : r.from)),
          )
        ).map((other) => [other.slug, other]),
      );
      const actorBySlug = new Map(actors.map((person) => [person.slug, person]));
      return {
        character,
        actors: character.portrayedBy.flatMap((actor) => actorBySlug.get(actor.person) ?? []),
        relationships: relationships.flatMap((relationship) => {
          const other = others.get(relationship.from === slug ? relationship.to : relationship.from);
          return other ? [{ relationship, other: { slug: other.slug, name: other.name } }] : [];
        }),
      };
    },
  });
