// Query factory: one page's bookmark, read by its key, so the star on a page costs one read however many bookmarks are
// stored.
import { queryOptions } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import type { EntityRef } from '../../../content/schema';
import type { Bookmark } from '../../../db/wiki-database';
import { bookmarkQueryKey } from './bookmark-keys';

export const bookmarkQueryOptions = (ref: string) =>
  queryOptions({
    queryKey: bookmarkQueryKey(ref),
    queryFn: async (): Promise<Bookmark | null> =>
      (await (await getDatabase()).db.bookmarks.get(ref as EntityRef)) ?? null,
  });
