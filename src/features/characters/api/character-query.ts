// Query factory: one character by slug with its actors and relationships resolved to names; null when there is no such character.
import { queryOptions } from '@tanstack/react-query';
import type { Character, Person, Relationship } from '../../../content/schema';
import { getDatabase } from '../../../db/database';

export type CharacterRelationship = { relationship: Relationship; other: Pick<Character, 'slug' | 'name'> };
export type CharacterDetail = { character: Character; actors: Person[]; relationships: CharacterRelationship[] };

export const characterQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['characters', slug],
    queryFn: async (): Promise<CharacterDetail | null> => {
      const { db } = await getDatabase();
      const character = await db.characters.get(slug);
      if (!character) return null;
      const [actors, outgoing, incoming] = await Promise.all([
        db.people.bulkGet(character.portrayedBy.map((actor) => actor.person)),
        db.relationships.where('from').equals(slug).toArray(),
        db.relationships.where('to').equals(slug).toArray(),
      ]);
      const relationships = [...outgoing, ...incoming];
      const others = await db.characters.bulkGet(relationships.map((r) => (r.from === slug ? r.to : r.from)));
      return {
        character,
        actors: actors.filter((person) => person !== undefined),
        relationships: relationships.flatMap((relationship, index) => {
          const other = others[index];
          return other ? [{ relationship, other: { slug: other.slug, name: other.name } }] : [];
        }),
      };
    },
  });
