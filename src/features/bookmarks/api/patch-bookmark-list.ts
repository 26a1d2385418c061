// Updates the cached /bookmarks list after a write: re-reads only the pages the write changed and puts their rows in
// place, newest first, without re-reading or re-sorting the rest (loaded only once the list has been shown).
import type { QueryClient } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import { bookmarkListQueryKey } from './bookmark-keys';
import { byAddedNewestFirst, readBookmarkRows, type BookmarkRow } from './bookmarks-query';

export function patchRows(
  rows: readonly BookmarkRow[],
  changed: ReadonlyMap<string, BookmarkRow | undefined>,
): BookmarkRow[] {
  const next = rows.filter((row) => !changed.has(row.key));
  for (const row of changed.values()) {
    if (!row) continue;
    // Binary search for the first row that sorts after this one.
    let low = 0;
    let high = next.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byAddedNewestFirst(next[middle] as BookmarkRow, row) <= 0) low = middle + 1;
      else high = middle;
    }
    next.splice(low, 0, row);
  }
  return next;
}

export async function patchBookmarkList(queryClient: QueryClient, keys: readonly string[]): Promise<void> {
  const changed = await readBookmarkRows((await getDatabase()).db, keys);
  queryClient.setQueryData(bookmarkListQueryKey, (rows: BookmarkRow[] | undefined) => rows && patchRows(rows, changed));
}
