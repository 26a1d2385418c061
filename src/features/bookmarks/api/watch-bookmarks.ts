// Hook: the one place the bookmarks, notes and history caches follow IndexedDB. Every committed write (this tab's, or
// another tab's through Dexie's BroadcastChannel) reports the keys it changed; each changed page's own bookmark query is
// refetched, and the /bookmarks list re-reads only those pages' rows, so a toggle costs the same with 200,000 stored.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getDatabase } from '../../../db/database';
import { watchTableChanges, type ChangedKeys } from '../../../db/watch-tables';
import { bookmarkQueryKey } from './bookmark-query';
import { bookmarkListQueryKey, bookmarksQueryKey, byAddedNewestFirst, readBookmarkRows, type BookmarkRow } from './bookmarks-query';
import { historyQueryKey } from './history-query';

/** Replaces the changed pages' rows in the list, keeping it newest first, without re-reading or re-sorting the rest. */
export function patchRows(rows: readonly BookmarkRow[], changed: ReadonlyMap<string, BookmarkRow | undefined>): BookmarkRow[] {
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

function followBookmarks(queryClient: QueryClient, keys: ChangedKeys, queue: { last: Promise<void> }) {
  if (keys === 'all') {
    void queryClient.invalidateQueries({ queryKey: bookmarksQueryKey });
    return;
  }
  for (const key of keys) void queryClient.invalidateQueries({ queryKey: bookmarkQueryKey(key), exact: true });
  if (!queryClient.getQueryData(bookmarkListQueryKey)) return;
  // Patches apply in the order the writes committed, each with what is stored when it reads.
  queue.last = queue.last.then(async () => {
    try {
      const changed = await readBookmarkRows((await getDatabase()).db, keys);
      queryClient.setQueryData(bookmarkListQueryKey, (rows: BookmarkRow[] | undefined) => rows && patchRows(rows, changed));
    } catch {
      await queryClient.invalidateQueries({ queryKey: bookmarkListQueryKey });
    }
  });
}

export function useWatchBookmarks(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    const queue = { last: Promise.resolve() };
    getDatabase().then(
      ({ db }) => {
        if (cancelled) return;
        stop = watchTableChanges(db, ['bookmarks', 'notes', 'history'] as const, (table, keys) => {
          if (table === 'history') void queryClient.invalidateQueries({ queryKey: historyQueryKey });
          else followBookmarks(queryClient, keys, queue);
        });
      },
      // No database, no feed: the pages say why (see the storage notices).
      () => undefined,
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [queryClient]);
}
