// The bookmarks file: building an export, validating an import (zod/mini; this module loads only when a fan exports or imports) and the merge rules.
import * as z from 'zod/mini';
import type { Bookmark, Note } from '../../../db/wiki-database';
import { entityKinds } from '../../../content/kinds';
import type { EntityRef } from '../../../content/schema';

export const fileFormat = 'jessica-jones-wiki-bookmarks';
export const fileVersion = 1;

export type BookmarkFile = { format: typeof fileFormat; version: typeof fileVersion; exportedAt: string; bookmarks: Bookmark[]; notes: Note[] };

export function buildBookmarkFile(bookmarks: Bookmark[], notes: Note[], now = new Date()): BookmarkFile {
  return { format: fileFormat, version: fileVersion, exportedAt: now.toISOString(), bookmarks, notes };
}

export type ParseResult = { ok: true; file: BookmarkFile } | { ok: false; message: string };

/** Reads a file's text; anything that is not a complete, current bookmarks file gets a message and no data. */
export async function parseBookmarkFile(text: string): Promise<ParseResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file isn’t valid JSON (it may be cut short). Nothing was changed.' };
  }
  const header = z.object({ format: z.literal(fileFormat), version: z.number() }).safeParse(json);
  if (!header.success) return { ok: false, message: 'This isn’t a Jessica Jones Wiki bookmarks file. Nothing was changed.' };
  if (header.data.version !== fileVersion) {
    return { ok: false, message: `This bookmarks file is version ${header.data.version}; this wiki reads version ${fileVersion}. Nothing was changed.` };
  }
  const ref = z.templateLiteral([z.enum(entityKinds), ':', z.string().check(z.minLength(1), z.maxLength(200))]);
  const time = z.int().check(z.nonnegative());
  const schema = z.object({
    format: z.literal(fileFormat),
    version: z.literal(fileVersion),
    exportedAt: z.string(),
    bookmarks: z.array(z.object({ ref, title: z.string().check(z.maxLength(500)), addedAt: time })),
    notes: z.array(z.object({ ref, text: z.string().check(z.maxLength(100_000)), updatedAt: time })),
  });
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return { ok: false, message: `This bookmarks file is damaged${where ? ` (at ${where})` : ''}. Nothing was changed.` };
  }
  return { ok: true, file: result.data as BookmarkFile };
}

export type MergePlan = { bookmarks: Bookmark[]; notes: Note[]; added: number; updated: number };

/**
 * What importing adds to what is stored: a page already bookmarked is not duplicated (the earlier date stays);
 * for the same page the newer note wins. Duplicates inside the file collapse the same way.
 */
export function planMerge(
  existingBookmarks: ReadonlyMap<EntityRef, Bookmark>,
  existingNotes: ReadonlyMap<EntityRef, Note>,
  file: Pick<BookmarkFile, 'bookmarks' | 'notes'>,
): MergePlan {
  const bookmarks = new Map<EntityRef, Bookmark>();
  for (const bookmark of file.bookmarks) {
    if (existingBookmarks.has(bookmark.ref)) continue;
    const seen = bookmarks.get(bookmark.ref);
    if (!seen || bookmark.addedAt < seen.addedAt) bookmarks.set(bookmark.ref, bookmark);
  }
  const notes = new Map<EntityRef, Note>();
  for (const note of file.notes) {
    const best = notes.get(note.ref) ?? existingNotes.get(note.ref);
    if (!best || note.updatedAt > best.updatedAt) notes.set(note.ref, note);
  }
  let added = bookmarks.size;
  let updated = 0;
  for (const note of notes.values()) {
    if (existingNotes.has(note.ref)) updated += 1;
    else if (!bookmarks.has(note.ref) && !existingBookmarks.has(note.ref)) added += 1;
    else if (existingBookmarks.has(note.ref)) updated += 1;
  }
  return { bookmarks: [...bookmarks.values()], notes: [...notes.values()], added, updated };
}
