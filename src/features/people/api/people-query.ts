// Query factory: every person A–Z, with the characters they play.
import { queryOptions } from '@tanstack/react-query';
import type { Person } from '../../../content/schema';
import type { EntityLink } from '../../../content/links';
import { entityRef } from '../../../content/refs';
import { getDatabase } from '../../../db/database';
import { readTable } from '../../../db/read-content';
import { byName } from '../../../lib/by-name';
import { readsContentOnly } from '../../../lib/query-client';

export type PersonListItem = { person: Person; characters: EntityLink[] };

export const peopleQueryOptions = () =>
  queryOptions({
    queryKey: ['people'],
    meta: readsContentOnly,
    queryFn: async (): Promise<PersonListItem[]> => {
      const { db } = await getDatabase();
      const [people, characters] = await Promise.all([readTable(db, 'people'), readTable(db, 'characters')]);
      const played = new Map<string, EntityLink[]>();
      for (const character of characters) {
        for (const person of new Set(character.portrayedBy.map((actor) => actor.person))) {
          played.set(person, [
            ...(played.get(person) ?? []),
            { ref: entityRef('characters', character.slug), name: character.name },
          ]);
        }
      }
      return people.sort(byName).map((person) => ({ person, characters: played.get(person.slug) ?? [] }));
    },
  });
