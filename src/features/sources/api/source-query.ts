// Query factory: one source article with the pages whose details cite it; null when there is no such source.
import { queryOptions } from '@tanstack/react-query';
import { citesSource } from '../../../content/citations';
import { entityLink, type EntityLink } from '../../../content/links';
import type { Source } from '../../../content/schema';
import { getDatabase } from '../../../db/database';

export type SourceDetail = { source: Source; number: number; citedBy: EntityLink[] };

const pageTables = ['characters', 'people', 'seasons', 'series', 'topics', 'places'] as const;

export const sourceQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['sources', id],
    queryFn: async (): Promise<SourceDetail | null> => {
      const { db } = await getDatabase();
      const source = await db.sources.get(id);
      if (!source) return null;
      const [number, pages] = await Promise.all([
        db.sources.where('id').below(id).count(),
        Promise.all(pageTables.map((table) => db.table(table).toArray())),
      ]);
      const citedBy = pageTables.flatMap((kind, index) => (pages[index] ?? []).filter((row) => citesSource(row, id)).map((row) => entityLink(kind, row)));
      return { source, number: number + 1, citedBy };
    },
  });
