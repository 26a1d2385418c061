// Query factory: the source articles, in the order their citation numbers follow.
import { queryOptions } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import { readTable, type Read } from '../../../db/read-content';

export const sourcesQueryOptions = () =>
  queryOptions({
    queryKey: ['sources'],
    queryFn: async (): Promise<Read<'sources'>[]> => {
      const { db } = await getDatabase();
      return readTable(db, 'sources');
    },
  });
