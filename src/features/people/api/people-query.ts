// Query factory: every person A–Z, with the characters they play.
import { queryOptions } from '@tanstack/react-query';
import type { Person } from '../../../content/schema';
import type { EntityLink } from '../../../content/links';
import { entityRef } from '../../../content/refs';
import { getDatabase } from '../../../db/database';

export type PersonListItem = { person: Person; characters: EntityLink[] };

export const peopleQueryOptions = () =>
  queryOptions({
    queryKey: ['people'],
    queryFn: async (): Promise<PersonListItem[]> => {
      const { db } = await getDatabase();
      const [people, characters] = await Promise.all([db.people.orderBy('name').toArray(), db.characters.toArray()]);
      return people.map((person) => ({
        person,
        characters: characters
          .filter((character) => character.portrayedBy.some((actor) => actor.person === person.slug))
          .map((character) => ({ ref: entityRef('characters', character.slug), name: character.name })),
      }));
    },
  });
