// Query factory: one season by number with its cast (characters and actors) and directors resolved; null when there is no such season.
import { queryOptions } from '@tanstack/react-query';
import type { Character, Person, Season } from '../../../content/schema';
import { getDatabase } from '../../../db/database';

export type CastMember = { character: Pick<Character, 'slug' | 'name'>; actors: Pick<Person, 'slug' | 'name'>[]; sources: string[] };
export type SeasonDetail = { season: Season; cast: CastMember[]; directors: { person: Pick<Person, 'slug' | 'name'>; sources: string[] }[] };

export const seasonQueryOptions = (number: number) =>
  queryOptions({
    queryKey: ['seasons', number],
    queryFn: async (): Promise<SeasonDetail | null> => {
      const { db } = await getDatabase();
      const season = await db.seasons.get(number);
      if (!season) return null;
      const [characters, people] = await Promise.all([db.characters.orderBy('name').toArray(), db.people.toArray()]);
      const personBySlug = new Map(people.map((person) => [person.slug, { slug: person.slug, name: person.name }]));
      const named = (slug: string) => personBySlug.get(slug) ?? { slug, name: slug };
      return {
        season,
        cast: characters.flatMap((character) => {
          const appearance = character.seasons.find((entry) => entry.number === number);
          if (!appearance) return [];
          return [{ character: { slug: character.slug, name: character.name }, actors: character.portrayedBy.map((actor) => named(actor.person)), sources: appearance.sources }];
        }),
        directors: season.directors.map((director) => ({ person: named(director.person), sources: director.sources })),
      };
    },
  });
