// Query factory: one source article with the pages whose details cite it; null when there is no such source.
import { queryOptions } from '@tanstack/react-query';
import { citesSource } from '../../../content/citations';
import { entityLink, type EntityLink } from '../../../content/links';
import { getDatabase } from '../../../db/database';
import { readTable, type Read } from '../../../db/read-content';
import { readsContentOnly } from '../../../lib/query-client';

export type SourceDetail = { source: Read<'sources'>; number: number; citedBy: EntityLink[] };

const pageTables = ['characters', 'people', 'seasons', 'series', 'topics', 'places'] as const;

export const sourceQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['sources', id],
    meta: readsContentOnly,
    queryFn: async (): Promise<SourceDetail | null> => {
      const { db } = await getDatabase();
      const sources = await readTable(db, 'sources');
      const number = sources.findIndex((source) => source.id === id);
      const source = sources[number];
      if (!source) return null;
      const pages = await Promise.all(pageTables.map((table) => readTable(db, table)));
      const citedBy = pageTables.flatMap((kind, index) =>
        (pages[index] ?? []).filter((row) => citesSource(row, id)).map((row) => entityLink(kind, row)),
      );
      return { source, number: number + 1, citedBy };
    },
  });
