// Query factory: every character, named ones A–Z before the roles the sources leave unnamed, each with the actors who play them.
import { queryOptions } from '@tanstack/react-query';
import type { Character } from '../../../content/schema';
import type { EntityLink } from '../../../content/links';
import { entityRef } from '../../../content/refs';
import { getDatabase } from '../../../db/database';

export type CharacterListItem = { character: Character; actors: EntityLink[] };

export const charactersQueryOptions = () =>
  queryOptions({
    queryKey: ['characters'],
    queryFn: async (): Promise<CharacterListItem[]> => {
      const { db } = await getDatabase();
      const characters = (await db.characters.orderBy('name').toArray()).sort((a, b) => Number(a.unnamed ?? false) - Number(b.unnamed ?? false));
      const actorSlugs = [...new Set(characters.flatMap((character) => character.portrayedBy.map((actor) => actor.person)))];
      const actors = await db.people.bulkGet(actorSlugs);
      const actorNames = new Map(actors.flatMap((person) => (person ? [[person.slug, person.name] as const] : [])));
      return characters.map((character) => ({
        character,
        actors: character.portrayedBy.map(({ person }) => ({ ref: entityRef('people', person), name: actorNames.get(person) ?? person })),
      }));
    },
  });
