// Query factory: one person by slug with the characters they play and the seasons they direct; null when there is no
// such person.
import { queryOptions } from '@tanstack/react-query';
import type { Character, Season } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { readPages, readTable, readWhere, type Read } from '../../../db/read-content';
import { readsContentOnly } from '../../../lib/query-client';

export type PersonDetail = {
  person: Read<'people'>;
  characters: { character: Pick<Character, 'slug' | 'name'>; sources: string[] }[];
  directed: { season: Pick<Season, 'number' | 'name'>; sources: string[] }[];
  seriesNames: Record<string, string>;
};

export const personQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['people', slug],
    meta: readsContentOnly,
    queryFn: async (): Promise<PersonDetail | null> => {
      const { db } = await getDatabase();
      const [person] = await readPages(db, 'people', [slug]);
      if (!person) return null;
      const [characters, seasons, series] = await Promise.all([
        readWhere(db, 'characters', 'person', [slug]),
        readTable(db, 'seasons'),
        readTable(db, 'series'),
      ]);
      return {
        person,
        characters: characters.flatMap((character) =>
          character.portrayedBy
            .filter((actor) => actor.person === slug)
            .map((actor) => ({ character: { slug: character.slug, name: character.name }, sources: actor.sources })),
        ),
        directed: seasons.flatMap((season) =>
          season.directors
            .filter((director) => director.person === slug)
            .map((director) => ({ season: { number: season.number, name: season.name }, sources: director.sources })),
        ),
        seriesNames: Object.fromEntries(series.map((entry) => [entry.slug, entry.name])),
      };
    },
  });
