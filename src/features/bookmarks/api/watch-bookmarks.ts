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
    const stops: (() => void)[] = [];
    let cancelled = false;
    /** Invalidates `queryKey` whenever the tables `read` reads change, skipping liveQuery's first (initial) result. */
    const watch = (read: () => Promise<unknown>, queryKey: readonly string[]) => {
      let first = true;
      stops.push(
        watchRead(read, () => {
          if (first) first = false;
          else void queryClient.invalidateQueries({ queryKey });
        }),
      );
    };
    void getDatabase().then(({ db }) => {
      if (cancelled) return;
      // Reading whole tables makes liveQuery watch every row; history is watched apart, so a page view doesn't reload the bookmarks.
      watch(() => Promise.all([db.bookmarks.toArray(), db.notes.toArray()]), bookmarksQueryKey);
      watch(() => db.history.toArray(), historyQueryKey);
    });
    return () => {
      cancelled = true;
      for (const stop of stops) stop();
    };
  }, [queryClient]);
}
