// Query factory: every character, named ones A–Z before the roles the sources leave unnamed, each with its actors and how many facts discuss it.
import { queryOptions } from '@tanstack/react-query';
import type { EntityLink } from '../../../content/links';
import { entityRef } from '../../../content/refs';
import type { Character } from '../../../content/schema';
import { getDatabase } from '../../../db/database';

export type CharacterListItem = { character: Character; actors: EntityLink[]; factCount: number };

export const charactersQueryOptions = () =>
  queryOptions({
    queryKey: ['characters'],
    queryFn: async (): Promise<CharacterListItem[]> => {
      const { db } = await getDatabase();
      const characters = (await db.characters.orderBy('name').toArray()).sort((a, b) => Number(a.unnamed ?? false) - Number(b.unnamed ?? false));
      const refs = characters.map((character) => entityRef('characters', character.slug));
      const actorSlugs = [...new Set(characters.flatMap((character) => character.portrayedBy.map((actor) => actor.person)))];
      const [actors, facts] = await Promise.all([db.people.bulkGet(actorSlugs), db.facts.where('about').anyOf(refs).distinct().toArray()]);
      const actorNames = new Map(actors.flatMap((person) => (person ? [[person.slug, person.name] as const] : [])));
      const factCounts = new Map<string, number>();
      for (const ref of facts.flatMap((fact) => fact.about)) factCounts.set(ref, (factCounts.get(ref) ?? 0) + 1);
      return characters.map((character, index) => ({
        character,
        actors: character.portrayedBy.map(({ person }) => ({ ref: entityRef('people', person), name: actorNames.get(person) ?? person })),
        factCount: factCounts.get(refs[index] ?? '') ?? 0,
      }));
    },
  });
