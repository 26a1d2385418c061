// Writes of bookmarks and notes: add and remove a bookmark (removing its note too, keeping both for Undo), restore one,
// and save a note. Each only writes IndexedDB; the caches follow from it (see watch-bookmarks.ts). The hooks in
// save-bookmark.ts load this module with the first write, so a page's star costs no write code before it is used.
import type { EntityRef } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import type { Bookmark, Note } from '../../../db/wiki-database';
import { requestPersistentStorage } from '../../../lib/persistent-storage';
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
  if ((await db.bookmarks.limit(2).primaryKeys()).length === 1) void requestPersistentStorage();
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
