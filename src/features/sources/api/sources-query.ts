// Query factory: the source articles, in the order their citation numbers follow.
import { queryOptions } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import { readTable, type Read } from '../../../db/read-content';
import { readsContentOnly } from '../../../lib/query-client';

export const sourcesQueryOptions = () =>
  queryOptions({
    queryKey: ['sources'],
    meta: readsContentOnly,
    queryFn: async (): Promise<Read<'sources'>[]> => {
      const { db } = await getDatabase();
      return readTable(db, 'sources');
    },
  });
