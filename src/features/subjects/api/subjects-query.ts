// Query factory: every series, topic or place A–Z.
import { queryOptions } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import type { Subject, SubjectKind } from './subject-kinds';

export const subjectsQueryOptions = (kind: SubjectKind) =>
  queryOptions({
    queryKey: [kind],
    queryFn: async (): Promise<Subject[]> => {
      const { db } = await getDatabase();
      return db.table<Subject, string>(kind).orderBy('name').toArray();
    },
  });
