// Query factory: the current slug of a page renamed from an old slug (its formerSlugs), so old URLs can redirect; null when none claims it.
import { queryOptions } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';

export type RenamableKind = 'characters' | 'people' | 'series' | 'topics' | 'places';

export const currentSlugQueryOptions = (kind: RenamableKind, formerSlug: string) =>
  queryOptions({
    queryKey: ['current-slug', kind, formerSlug],
    queryFn: async (): Promise<string | null> => {
      const { db } = await getDatabase();
      // The content tables are small; a scan avoids an index (and a schema version) for a rare lookup.
      const row = await db[kind].filter((entity) => entity.formerSlugs?.includes(formerSlug) ?? false).first();
      return row?.slug ?? null;
    },
  });
