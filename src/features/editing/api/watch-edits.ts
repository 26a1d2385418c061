// Hook: the fan's wiki follows every committed edit, this tab's or another's (through Dexie's BroadcastChannel):
// every query re-reads, since an edit can show on any page, list, search result or map.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getDatabase } from '../../../db/database';
import { watchTableChanges } from '../../../db/watch-tables';
import { rereadWiki } from './reread-wiki';

export function useWatchEdits(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    getDatabase().then(
      ({ db }) => {
        if (cancelled) return;
        stop = watchTableChanges(db, ['edits'], () => void rereadWiki(queryClient));
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
