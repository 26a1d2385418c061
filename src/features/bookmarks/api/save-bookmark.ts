// Mutations: add, remove (keeping what Undo needs) and restore a bookmark; the first bookmark asks the browser to keep storage.
import type { QueryClient } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import type { Bookmark, Note } from '../../../db/wiki-database';
import type { EntityRef } from '../../../content/schema';
import { bookmarksQueryKey } from './bookmarks-query';

export type RemovedBookmark = { bookmark: Bookmark; note?: Note };

async function askToPersist(): Promise<void> {
  try {
    await navigator.storage?.persist?.();
  } catch {
    // Best effort: the bookmark is saved either way.
  }
}

export async function addBookmark(queryClient: QueryClient, ref: EntityRef, title: string, now = Date.now()): Promise<void> {
  const { db } = await getDatabase();
  const isFirst = (await db.bookmarks.count()) === 0;
  await db.bookmarks.put({ ref, title, addedAt: now });
  if (isFirst) void askToPersist();
  await queryClient.invalidateQueries({ queryKey: bookmarksQueryKey });
}

/** Removes the bookmark and its note, and returns both so Undo can put them back. */
export async function removeBookmark(queryClient: QueryClient, ref: EntityRef): Promise<RemovedBookmark | undefined> {
  const { db } = await getDatabase();
  const removed = await db.transaction('rw', db.bookmarks, db.notes, async () => {
    const bookmark = await db.bookmarks.get(ref);
    if (!bookmark) return undefined;
    const note = await db.notes.get(ref);
    await db.bookmarks.delete(ref);
    await db.notes.delete(ref);
    return { bookmark, note };
  });
  await queryClient.invalidateQueries({ queryKey: bookmarksQueryKey });
  return removed;
}

export async function restoreBookmark(queryClient: QueryClient, removed: RemovedBookmark): Promise<void> {
  const { db } = await getDatabase();
  await db.transaction('rw', db.bookmarks, db.notes, async () => {
    await db.bookmarks.put(removed.bookmark);
    if (removed.note) await db.notes.put(removed.note);
  });
  await queryClient.invalidateQueries({ queryKey: bookmarksQueryKey });
}

export async function saveNote(queryClient: QueryClient, ref: EntityRef, text: string, now = Date.now()): Promise<void> {
  const { db } = await getDatabase();
  if (text.trim() === '') await db.notes.delete(ref);
  else await db.notes.put({ ref, text, updatedAt: now });
  queryClient.setQueryData(bookmarksQueryKey, (rows: { ref: EntityRef; note: string }[] | undefined) =>
    rows?.map((row) => (row.ref === ref ? { ...row, note: text } : row)),
  );
}
