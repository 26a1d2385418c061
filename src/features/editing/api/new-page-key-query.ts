// Query factories: the key a page the fan creates will get (a slug from its name that no page has or had, the next
// season number, a source id from its address), shown while the fan types and read afresh when saving; and the id of
// a source the fan adds while editing.
import { queryOptions } from '@tanstack/react-query';
import type { EntityKind } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { freeSlug, newSourceId, nextSeasonNumber } from '../../../db/page-keys';

/** `name`: the page's name (a source's address, or its title when it has none). */
export const newPageKeyQueryOptions = (kind: EntityKind, name: string) =>
  queryOptions({
    queryKey: ['new-page-key', kind, name],
    queryFn: async (): Promise<string> => {
      const { db } = await getDatabase();
      if (kind === 'seasons') return String(await nextSeasonNumber(db));
      if (kind === 'sources') return newSourceId(db, name);
      return freeSlug(db, kind, name);
    },
    staleTime: 0,
  });

/** `taken`: the ids of the other sources the same save adds. */
export const newSourceIdQueryOptions = (address: string, taken: readonly string[]) =>
  queryOptions({
    queryKey: ['new-source-id', address, taken],
    queryFn: async (): Promise<string> => newSourceId((await getDatabase()).db, address, taken),
    staleTime: 0,
  });
