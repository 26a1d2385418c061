// Query factory: both seasons (every season), in order.
import { queryOptions } from '@tanstack/react-query';
import type { Season } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { readTable } from '../../../db/read-content';
import { readsContentOnly } from '../../../lib/query-client';

export const seasonsQueryOptions = () =>
  queryOptions({
    queryKey: ['seasons'],
    meta: readsContentOnly,
    queryFn: async (): Promise<Season[]> => {
      const { db } = await getDatabase();
      return readTable(db, 'seasons');
    },
  });
