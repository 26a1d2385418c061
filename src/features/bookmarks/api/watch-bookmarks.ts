// Hook: the one place the bookmarks, notes and history caches follow IndexedDB. Every committed write (this tab's, or
// another tab's through Dexie's BroadcastChannel) reports the keys it changed; each changed page's own bookmark query
// is refetched, and the /bookmarks list re-reads only those pages' rows, so a toggle costs the same with 200,000
// stored.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getDatabase } from '../../../db/database';
import { watchTableChanges, type ChangedKeys } from '../../../db/watch-tables';
import { bookmarkListQueryKey, bookmarkQueryKey, bookmarksQueryKey } from './bookmark-keys';
import { historyQueryKey } from './history-query';

function followBookmarks(queryClient: QueryClient, keys: ChangedKeys, queue: { last: Promise<void> }) {
  if (keys === 'all') {
    void queryClient.invalidateQueries({ queryKey: bookmarksQueryKey });
    return;
  }
  for (const key of keys) void queryClient.invalidateQueries({ queryKey: bookmarkQueryKey(key), exact: true });
  if (!queryClient.getQueryData(bookmarkListQueryKey)) return;
  // Patches apply in the order the writes committed, each with what is stored when it reads; one that fails re-reads
  // the list.
  queue.last = queue.last.then(() =>
    import('./patch-bookmark-list')
      .then(({ patchBookmarkList }) => patchBookmarkList(queryClient, keys))
      .catch(() => queryClient.invalidateQueries({ queryKey: bookmarkListQueryKey })),
  );
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
