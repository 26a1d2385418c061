// Query factory: the display name of any wiki page from its entity ref (null when the corpus no longer has it).
import { queryOptions } from '@tanstack/react-query';
import type { EntityRef } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { readPageLinks } from '../../../db/page-links';
import type { WikiDatabase } from '../../../db/wiki-database';
import { readsContentOnly } from '../../../lib/query-client';

/** The current titles of many pages at once (bulk reads per table); refs missing from the corpus are absent. */
export async function readPageTitles(db: WikiDatabase, refs: readonly EntityRef[]): Promise<Map<EntityRef, string>> {
  const links = await readPageLinks(db, refs);
  return new Map([...links].map(([ref, link]) => [ref, link.name]));
}

export const pageTitleQueryOptions = (ref: EntityRef) =>
  queryOptions({
    queryKey: ['page-title', ref],
    meta: readsContentOnly,
    queryFn: async (): Promise<string | null> =>
      (await readPageTitles((await getDatabase()).db, [ref])).get(ref) ?? null,
  });
