// Mutations: add and remove a bookmark (removing its note too, keeping both for Undo), restore one, and save a note.
// Each hook's write only writes IndexedDB; the caches follow from it (see watch-bookmarks.ts), and each hook's
// onSuccess waits for the query its own control shows, so a control never shows a state that isn't stored. Errors stay
// on the hook (TanStack Query's `error`), for the control to show where the fan acted.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EntityRef } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import type { Bookmark, Note } from '../../../db/wiki-database';
import { bookmarkQueryKey } from './bookmark-keys';
import { clearDraft, getDraft } from './note-drafts';

export type RemovedBookmark = { key: string; bookmark?: Bookmark; note?: Note };

/**
 * A note typed for a page whose bookmark is gone (removed in another tab): it waits as a draft instead of lingering
 * unseen.
 */
export class BookmarkGoneError extends Error {
  constructor() {
    super('This page is no longer bookmarked');
    this.name = 'BookmarkGoneError';
  }
}

export async function addBookmark(ref: EntityRef, title: string, now = Date.now()): Promise<void> {
  const { db } = await getDatabase();
  await db.bookmarks.put({ ref, title, addedAt: now });
  // The first bookmark asks the browser to keep the wiki's data (two keys read, whatever the number of bookmarks). Not
  // awaited: a browser may ask the fan first, and the star must not wait on that answer (the request never rejects).
  // Its code loads then, not with every page's star; if it cannot load, the next first-bookmark moment asks again.
  if ((await db.bookmarks.limit(2).primaryKeys()).length === 1)
    void import('../../../lib/persistent-storage').then(
      ({ requestPersistentStorage }) => requestPersistentStorage(),
      () => undefined,
    );
}

/**
 * Removes a bookmark and its note (by key, so a damaged row can go too); returns both for Undo, the note with any text
 * still being typed.
 */
export async function removeBookmark(key: string, now = Date.now()): Promise<RemovedBookmark> {
  const { db } = await getDatabase();
  // A damaged row's key may be any string: it is removed as stored.
  const ref = key as EntityRef;
  const draft = getDraft(key);
  const removed = await db.transaction('rw', db.bookmarks, db.notes, async () => {
    const [bookmark, note] = await Promise.all([db.bookmarks.get(ref), db.notes.get(ref)]);
    await Promise.all([db.bookmarks.delete(ref), db.notes.delete(ref)]);
    return { key, bookmark, note };
  });
  if (!draft) return removed;
  clearDraft(key, draft.text);
  return { ...removed, note: { ref, text: draft.text, updatedAt: now } };
}

export async function restoreBookmark({ bookmark, note }: RemovedBookmark): Promise<void> {
  const { db } = await getDatabase();
  await db.transaction('rw', db.bookmarks, db.notes, async () => {
    if (bookmark) await db.bookmarks.put(bookmark);
    if (note) await db.notes.put(note);
  });
}

/** Stores a page's note (an empty one deletes it), only while the page is bookmarked or already has a note. */
export async function saveNote(ref: EntityRef, text: string, now = Date.now()): Promise<void> {
  const { db } = await getDatabase();
  await db.transaction('rw', db.bookmarks, db.notes, async () => {
    const [bookmarked, noted] = await Promise.all([db.bookmarks.get(ref), db.notes.get(ref)]);
    if (!bookmarked && !noted) throw new BookmarkGoneError();
    if (text.trim() === '') await db.notes.delete(ref);
    else await db.notes.put({ ref, text, updatedAt: now });
  });
  clearDraft(ref, text);
}

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
      if (bookmark) await addBookmark(ref, title);
      else await removeBookmark(ref);
    },
    onSuccess: () => refetch(ref),
  });
}

export function useRemoveBookmark() {
  const refetch = useRefetchBookmark();
  return useMutation({
    mutationFn: (key: string) => removeBookmark(key),
    onSuccess: (removed) => refetch(removed.key),
  });
}

export function useRestoreBookmark() {
  const refetch = useRefetchBookmark();
  return useMutation({ mutationFn: restoreBookmark, onSuccess: (_, removed) => refetch(removed.key) });
}

/**
 * Saves of one note start at once, even as the tab closes; IndexedDB runs their transactions in the order they began,
 * so an older text never lands after a newer one.
 */
export function useSaveNote(ref: EntityRef) {
  return useMutation({ mutationFn: (text: string) => saveNote(ref, text) });
}
