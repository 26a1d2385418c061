// Query factory: the source articles, in the order their citation numbers follow.
import { queryOptions } from '@tanstack/react-query';
import type { Source } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { readTable } from '../../../db/read-content';

export const sourcesQueryOptions = () =>
  queryOptions({
    queryKey: ['sources'],
    queryFn: async (): Promise<Source[]> => {
      const { db } = await getDatabase();
      return readTable(db, 'sources');
    },
  });
