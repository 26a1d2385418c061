// Mutations: add and remove a bookmark (removing its note too, keeping both for Undo), restore one, and save a note.
// The writes (bookmark-writes.ts) load with the first one; each hook's onSuccess waits for the query its own control
// shows, so a control never shows a state that isn't stored. Errors stay on the hook (TanStack Query's `error`), for
// the control to show where the fan acted.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EntityRef } from '../../../content/schema';
import type { RemovedBookmark } from './bookmark-writes';
import { bookmarkQueryKey } from './bookmark-keys';

const writes = () => import('./bookmark-writes');

/** Waits until the page's own bookmark query has read the write back (the star shows what is stored, never a guess). */
function useRefetchBookmark() {
  const queryClient = useQueryClient();
  return (key: string) => queryClient.invalidateQueries({ queryKey: bookmarkQueryKey(key), exact: true });
}

/** The star: `true` bookmarks the page, `false` removes the bookmark (and its note). */
export function useToggleBookmark(ref: EntityRef, title: string) {
  const refetch = useRefetchBookmark();
  return useMutation({
    mutationFn: async (bookmark: boolean) => {
      const { addBookmark, removeBookmark } = await writes();
      if (bookmark) await addBookmark(ref, title);
      else await removeBookmark(ref);
    },
    onSuccess: () => refetch(ref),
  });
}

export function useRemoveBookmark() {
  const refetch = useRefetchBookmark();
  return useMutation({
    mutationFn: async (key: string) => (await writes()).removeBookmark(key),
    onSuccess: (removed) => refetch(removed.key),
  });
}

export function useRestoreBookmark() {
  const refetch = useRefetchBookmark();
  return useMutation({
    mutationFn: async (removed: RemovedBookmark) => (await writes()).restoreBookmark(removed),
    onSuccess: (_, removed) => refetch(removed.key),
  });
}

/**
 * Saves of one note start at once, even as the tab closes; IndexedDB runs their transactions in the order they began,
 * so an older text never lands after a newer one.
 */
export function useSaveNote(ref: EntityRef) {
  return useMutation({ mutationFn: async (text: string) => (await writes()).saveNote(ref, text) });
}
