// Hook: whether this tab shows the wiki "as published" (without the fan's edits), and the switch between the two; every
// query re-reads when it flips.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { showingPublished } from '../../../db/local-edits';
import { rereadWiki } from './reread-wiki';

export function usePublishedView(): [boolean, (published: boolean) => void] {
  const queryClient = useQueryClient();
  const published = useSyncExternalStore(showingPublished.subscribe, showingPublished.get, () => false);
  const show = useCallback(
    (next: boolean) => {
      showingPublished.set(next);
      void rereadWiki(queryClient);
    },
    [queryClient],
  );
  return [published, show];
}
