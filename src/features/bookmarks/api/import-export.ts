// Mutations: export the bookmarks and notes as a file's text, and import one (validated first; merged in one transaction).
import type { QueryClient } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import type { EntityRef } from '../../../content/schema';
import { buildBookmarkFile, parseBookmarkFile, planMerge } from './bookmark-file';
import { bookmarksQueryKey } from './bookmarks-query';

export async function exportBookmarks(): Promise<string> {
  const { db } = await getDatabase();
  const [bookmarks, notes] = await Promise.all([db.bookmarks.toArray(), db.notes.toArray()]);
  return JSON.stringify(buildBookmarkFile(bookmarks, notes), null, 1);
}

export type ImportOutcome = { ok: true; added: number; updated: number } | { ok: false; message: string };

export async function importBookmarks(queryClient: QueryClient, text: string): Promise<ImportOutcome> {
  const parsed = await parseBookmarkFile(text);
  if (!parsed.ok) return parsed;
  const { db } = await getDatabase();
  const plan = await db.transaction('rw', db.bookmarks, db.notes, async () => {
    const refs = [...new Set<EntityRef>([...parsed.file.bookmarks.map((b) => b.ref), ...parsed.file.notes.map((n) => n.ref)])];
    const [bookmarks, notes] = await Promise.all([db.bookmarks.bulkGet(refs), db.notes.bulkGet(refs)]);
    const existingBookmarks = new Map(bookmarks.flatMap((b) => (b ? [[b.ref, b] as const] : [])));
    const existingNotes = new Map(notes.flatMap((n) => (n ? [[n.ref, n] as const] : [])));
    const merge = planMerge(existingBookmarks, existingNotes, parsed.file);
    await db.bookmarks.bulkPut(merge.bookmarks);
    await db.notes.bulkPut(merge.notes);
    return merge;
  });
  void queryClient.invalidateQueries({ queryKey: bookmarksQueryKey });
  return { ok: true, added: plan.added, updated: plan.updated };
}
