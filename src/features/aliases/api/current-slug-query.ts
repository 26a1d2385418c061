// Query factory: the current slug of a page renamed from an old slug (its formerSlugs), so old URLs can redirect; null
// when none claims it.
import { queryOptions } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import type { RenamableKind } from '../../../content/tables';
import { readRow } from '../../../db/read-content';
import { readsContentOnly } from '../../../lib/query-client';

export const currentSlugQueryOptions = (kind: RenamableKind, formerSlug: string) =>
  queryOptions({
    queryKey: ['current-slug', kind, formerSlug],
    meta: readsContentOnly,
    queryFn: async (): Promise<string | null> => {
      const { db } = await getDatabase();
      return (await readRow(db, kind, 'formerSlug', formerSlug))?.slug ?? null;
    },
  });
