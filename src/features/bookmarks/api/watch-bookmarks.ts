// Hook: keeps the bookmarks and history queries in step with IndexedDB, so changes made in another tab show up without a reload.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getDatabase } from '../../../db/database';
import { watchRead } from '../../../db/watch-tables';
import { bookmarksQueryKey } from './bookmarks-query';
import { historyQueryKey } from './history-query';

export function useWatchBookmarks(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    let first = true;
    void getDatabase().then(({ db }) => {
      if (cancelled) return;
      stop = watchRead(
        // Reading whole tables makes liveQuery watch every row of them.
        () => Promise.all([db.bookmarks.toArray(), db.notes.toArray(), db.history.toArray()]),
        () => {
          if (first) {
            first = false;
            return;
          }
          void queryClient.invalidateQueries({ queryKey: bookmarksQueryKey });
          void queryClient.invalidateQueries({ queryKey: historyQueryKey });
        },
      );
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [queryClient]);
}
