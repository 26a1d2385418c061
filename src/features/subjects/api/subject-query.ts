// Query factory: one series, topic or place by slug; null when there is none.
import { queryOptions } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import { readPages, type Read } from '../../../db/read-content';
import type { SubjectKind } from './subject-kinds';
import { readsContentOnly } from '../../../lib/query-client';

export const subjectQueryOptions = (kind: SubjectKind, slug: string) =>
  queryOptions({
    queryKey: [kind, slug],
    meta: readsContentOnly,
    queryFn: async (): Promise<Read<SubjectKind> | null> => {
      const { db } = await getDatabase();
      return (await readPages(db, kind, [slug]))[0] ?? null;
    },
  });
