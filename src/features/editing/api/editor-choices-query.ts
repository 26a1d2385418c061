// Query factory: what the editor's pickers offer, in the fan's wiki: the characters and people a field can name, the
// series a work can link, the seasons a page can cite or a statement can spoil, and the sources a statement can cite.
import { queryOptions } from '@tanstack/react-query';
import { byName } from '../../../lib/by-name';
import type { Source } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { readTable } from '../../../db/read-content';

export type Choice = { key: string; name: string };

export type EditorChoices = {
  characters: Choice[];
  people: Choice[];
  series: Choice[];
  seasons: number[];
  sources: Pick<Source, 'id' | 'title' | 'publication'>[];
};

const choicesOf = (rows: readonly { slug: string; name: string }[]): Choice[] =>
  rows.map((row) => ({ key: row.slug, name: row.name })).sort(byName);

export const editorChoicesQueryOptions = () =>
  queryOptions({
    queryKey: ['editor-choices'],
    queryFn: async (): Promise<EditorChoices> => {
      const { db } = await getDatabase();
      const [characters, people, series, seasons, sources] = await Promise.all([
        readTable(db, 'characters'),
        readTable(db, 'people'),
        readTable(db, 'series'),
        readTable(db, 'seasons'),
        readTable(db, 'sources'),
      ]);
      return {
        characters: choicesOf(characters),
        people: choicesOf(people),
        series: choicesOf(series),
        seasons: seasons.map((season) => season.number).sort((a, b) => a - b),
        sources: sources.map(({ id, title, publication }) => ({ id, title, publication })),
      };
    },
  });
