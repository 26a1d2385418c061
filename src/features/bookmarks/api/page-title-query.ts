// Query factory: the display name of any wiki page from its entity ref (null when the corpus no longer has it).
import { queryOptions } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import type { WikiDatabase } from '../../../db/wiki-database';
import type { EntityKind, EntityRef } from '../../../content/schema';
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

/** The current titles of many pages at once (bulk reads per table); refs missing from the corpus are absent. */
export async function readPageTitles(db: WikiDatabase, refs: readonly EntityRef[]): Promise<Map<EntityRef, string>> {
  const byKind = new Map<EntityKind, EntityRef[]>();
  for (const ref of refs) {
    const kind = refKind(ref);
    const list = byKind.get(kind);
    if (list) list.push(ref);
    else byKind.set(kind, [ref]);
  }
  const titles = new Map<EntityRef, string>();
  await Promise.all(
    [...byKind].map(async ([kind, kindRefs]) => {
      const keys = kindRefs.map(refKey);
      const rows: ({ name?: string; title?: string } | undefined)[] =
        kind === 'seasons' ? await db.seasons.bulkGet(keys.map(Number)) : await db[kind].bulkGet(keys);
      rows.forEach((row, index) => {
        const title = row?.name ?? row?.title;
        const ref = kindRefs[index];
        if (title !== undefined && ref !== undefined) titles.set(ref, title);
      });
    }),
  );
  return titles;
}

export const pageTitleQueryOptions = (ref: EntityRef) =>
  queryOptions({
    queryKey: ['page-title', ref],
    queryFn: async () => readPageTitle((await getDatabase()).db, ref),
  });
