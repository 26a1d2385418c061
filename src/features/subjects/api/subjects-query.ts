// Query factory: every series, topic or place A–Z.
import { queryOptions } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import { readTable } from '../../../db/read-content';
import { byName } from '../../../lib/by-name';
import type { Subject, SubjectKind } from './subject-kinds';
import { readsContentOnly } from '../../../lib/query-client';

export const subjectsQueryOptions = (kind: SubjectKind) =>
  queryOptions({
    queryKey: [kind],
    meta: readsContentOnly,
    queryFn: async (): Promise<Subject[]> => {
      const { db } = await getDatabase();
      const subjects: Subject[] = await readTable(db, kind);
      return subjects.sort(byName);
    },
  });
