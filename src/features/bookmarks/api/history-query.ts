// Query factory: the pages the fan viewed most recently, newest first.
import { queryOptions } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';

export const historyQueryKey = ['history'] as const;

export const historyQueryOptions = () =>
  queryOptions({
    queryKey: historyQueryKey,
    queryFn: async () => {
      const { db } = await getDatabase();
      return db.history.orderBy('viewedAt').reverse().toArray();
    },
  });
