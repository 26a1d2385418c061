// Query factory: the name of every page, by reference, so facts and quotes can link the pages they mention.
import { queryOptions } from '@tanstack/react-query';
import { entityLink } from '../../../content/links';
import type { EntityKind, EntityRef } from '../../../content/schema';
import { getDatabase } from '../../../db/database';

const namedTables: readonly EntityKind[] = ['characters', 'people', 'seasons', 'series', 'topics', 'places', 'sources'];

export const pageNamesQueryOptions = () =>
  queryOptions({
    queryKey: ['page-names'],
    queryFn: async (): Promise<Record<EntityRef, string>> => {
      const { db } = await getDatabase();
      const tables = await Promise.all(namedTables.map((table) => db.table(table).toArray()));
      return Object.fromEntries(
        namedTables.flatMap((kind, index) => (tables[index] ?? []).map((row) => {
          const link = entityLink(kind, row);
          return [link.ref, link.name];
        })),
      );
    },
  });
