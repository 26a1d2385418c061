// Query factory: where the fan's data is kept (the browser's IndexedDB, or memory only when it failed).
import { queryOptions } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';

export type DatabaseStatus = { storage: 'browser' | 'memory'; failure?: string };

export const databaseStatusQueryOptions = () =>
  queryOptions({
    queryKey: ['database-status'],
    queryFn: async (): Promise<DatabaseStatus> => {
      const { storage, failure } = await getDatabase();
      return { storage, failure };
    },
  });
