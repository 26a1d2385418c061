// Query factory: the display name of any wiki page from its entity ref (null when the corpus no longer has it).
import { queryOptions } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import type { WikiDatabase } from '../../../db/wiki-database';
import type { EntityRef } from '../../../content/schema';
import { refKey, refKind } from '../../../content/refs';

export async function readPageTitle(db: WikiDatabase, ref: EntityRef): Promise<string | null> {
  const kind = refKind(ref);
  const key = refKey(ref);
  switch (kind) {
    case 'sources':
      return (await db.sources.get(key))?.title ?? null;
    case 'seasons':
      return (await db.seasons.get(Number(key)))?.name ?? null;
    case 'characters':
    case 'people':
    case 'series':
    case 'topics':
    case 'places':
      return (await db[kind].get(key))?.name ?? null;
    default:
      return null;
  }
}

export const pageTitleQueryOptions = (ref: EntityRef) =>
  queryOptions({
    queryKey: ['page-title', ref],
    queryFn: async () => readPageTitle((await getDatabase()).db, ref),
  });
