// Query factory: every character, named ones A–Z before the roles the sources leave unnamed, each with its actors and
// how many facts discuss it.
import { queryOptions } from '@tanstack/react-query';
import type { EntityLink } from '../../../content/links';
import { entityRef } from '../../../content/refs';
import type { Character } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { readCounts, readPages, readTable } from '../../../db/read-content';
import { byName, compareNames } from '../../../lib/by-name';
import { readsContentOnly } from '../../../lib/query-client';

export type CharacterListItem = { character: Character; actors: EntityLink[]; factCount: number };

export const charactersQueryOptions = () =>
  queryOptions({
    queryKey: ['characters'],
    meta: readsContentOnly,
    queryFn: async (): Promise<CharacterListItem[]> => {
      const { db } = await getDatabase();
      const characters = (await readTable(db, 'characters')).sort(
        (a, b) =>
          Number(a.unnamed ?? false) - Number(b.unnamed ?? false) || byName(a, b) || compareNames(a.slug, b.slug),
      );
      const [actors, factCounts] = await Promise.all([
        readPages(
          db,
          'people',
          characters.flatMap((character) => character.portrayedBy.map((actor) => actor.person)),
        ),
        readCounts(db, 'facts', 'about'),
      ]);
      const actorNames = new Map(actors.map((person) => [person.slug, person.name]));
      return characters.map((character) => ({
        character,
        actors: character.portrayedBy.map(({ person }) => ({
          ref: entityRef('people', person),
          name: actorNames.get(person) ?? person,
        })),
        factCount: factCounts.get(entityRef('characters', character.slug)) ?? 0,
      }));
    },
  });
