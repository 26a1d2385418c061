// Query factory: one season by number with its cast (characters and actors) and directors resolved; null when there is
// no such season.
import { queryOptions } from '@tanstack/react-query';
import type { Character, Person } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { readPages, readWhere, type Read } from '../../../db/read-content';
import { byName } from '../../../lib/by-name';
import { readsContentOnly } from '../../../lib/query-client';

export type CastMember = {
  character: Pick<Character, 'slug' | 'name'>;
  actors: Pick<Person, 'slug' | 'name'>[];
  sources: string[];
};
export type SeasonDetail = {
  season: Read<'seasons'>;
  cast: CastMember[];
  directors: { person: Pick<Person, 'slug' | 'name'>; sources: string[] }[];
};

export const seasonQueryOptions = (number: number) =>
  queryOptions({
    queryKey: ['seasons', number],
    meta: readsContentOnly,
    queryFn: async (): Promise<SeasonDetail | null> => {
      const { db } = await getDatabase();
      const [season] = await readPages(db, 'seasons', [number]);
      if (!season) return null;
      const characters = (await readWhere(db, 'characters', 'season', [number])).sort(byName);
      const people = await readPages(
        db,
        'people',
        [...characters.flatMap((character) => character.portrayedBy), ...season.directors].map((entry) => entry.person),
      );
      const personBySlug = new Map(people.map((person) => [person.slug, { slug: person.slug, name: person.name }]));
      const named = (slug: string) => personBySlug.get(slug) ?? { slug, name: slug };
      return {
        season,
        cast: characters.flatMap((character) => {
          const appearance = character.seasons.find((entry) => entry.number === number);
          if (!appearance) return [];
          return [
            {
              character: { slug: character.slug, name: character.name },
              actors: character.portrayedBy.map((actor) => named(actor.person)),
              sources: appearance.sources,
            },
          ];
        }),
        directors: season.directors.map((director) => ({ person: named(director.person), sources: director.sources })),
      };
    },
  });
