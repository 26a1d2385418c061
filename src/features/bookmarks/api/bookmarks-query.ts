// Query factory: the /bookmarks list, each bookmark with its note and whether its page is still in the corpus, newest
// first; a note whose page isn't bookmarked is listed too, and a row that can't be shown (a bad date, a title that
// isn't text, however it got in) comes back as damaged instead of breaking the page.
import { queryOptions } from '@tanstack/react-query';
import { entityKinds } from '../../../content/kinds';
import { refKind } from '../../../content/refs';
import type { EntityKind, EntityRef } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import type { WikiDatabase } from '../../../db/wiki-database';
import { bookmarkListQueryKey } from './bookmark-keys';
import { readPageTitles } from './page-title-query';
import { isTime } from './stored-time';

export type BookmarkRow =
  | {
      damaged: false;
      key: EntityRef;
      ref: EntityRef;
      kind: EntityKind;
      title: string;
      /** When it was bookmarked (for a note without a bookmark: when the note was written). */
      addedAt: number;
      /** False for a note whose page isn't bookmarked. */
      bookmarked: boolean;
      note: string;
      noteUpdatedAt?: number;
      inWiki: boolean;
    }
  | { damaged: true; key: string; reason: string; addedAt: number };

export { bookmarksQueryKey } from './bookmark-keys';

const isRef = (value: unknown): value is EntityRef =>
  typeof value === 'string' &&
  value.length <= 400 &&
  entityKinds.some((kind) => value.startsWith(`${kind}:`) && value.length > kind.length + 1);
const field = (record: unknown, name: string): unknown =>
  typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[name] : undefined;

/** One row from a page's stored bookmark and note (either may be absent; both absent: no row). */
function toRow(
  key: string,
  bookmark: unknown,
  note: unknown,
  titles: ReadonlyMap<EntityRef, string>,
): BookmarkRow | undefined {
  if (bookmark === undefined && note === undefined) return undefined;
  const damaged = (reason: string): BookmarkRow => ({ damaged: true, key, reason, addedAt: Infinity });
  if (!isRef(key)) return damaged('its page reference isn’t one the wiki knows');
  const addedAt = bookmark === undefined ? field(note, 'updatedAt') : field(bookmark, 'addedAt');
  if (!isTime(addedAt)) return damaged('its date isn’t a date');
  const storedTitle = bookmark === undefined ? key : field(bookmark, 'title');
  if (typeof storedTitle !== 'string') return damaged('its title isn’t text');
  const text = note === undefined ? '' : field(note, 'text');
  if (typeof text !== 'string') return damaged('its note isn’t text');
  const noteUpdatedAt = note === undefined ? undefined : field(note, 'updatedAt');
  const current = titles.get(key);
  return {
    damaged: false,
    key,
    ref: key,
    kind: refKind(key),
    title: current ?? storedTitle,
    addedAt,
    bookmarked: bookmark !== undefined,
    note: text,
    noteUpdatedAt: isTime(noteUpdatedAt) ? noteUpdatedAt : undefined,
    inWiki: current !== undefined,
  };
}

/** Newest first; damaged rows (no usable date) on top, where the fan sees them. */
export const byAddedNewestFirst = (a: BookmarkRow, b: BookmarkRow) =>
  a.addedAt === b.addedAt ? 0 : a.addedAt > b.addedAt ? -1 : 1;

/** Rows for `keys` from the stored records by key (a page with neither bookmark nor note: absent). */
async function buildRows(
  db: WikiDatabase,
  keys: readonly string[],
  bookmarks: ReadonlyMap<string, unknown>,
  notes: ReadonlyMap<string, unknown>,
) {
  // One bulk read per page type, not one read per bookmark: this stays fast with 100,000 bookmarks.
  const titles = await readPageTitles(db, keys.filter(isRef));
  return new Map(keys.map((key) => [key, toRow(key, bookmarks.get(key), notes.get(key), titles)]));
}

const byKey = (records: unknown[]) =>
  new Map(records.flatMap((record) => (record === undefined ? [] : [[String(field(record, 'ref')), record] as const])));

/** The rows of these pages as stored now: the list's updates read only the pages a write changed. */
export async function readBookmarkRows(
  db: WikiDatabase,
  keys: readonly string[],
): Promise<Map<string, BookmarkRow | undefined>> {
  // A damaged row's key may be any string: it is looked up as stored.
  const refs = keys as EntityRef[];
  const [bookmarks, notes] = await Promise.all([db.bookmarks.bulkGet(refs), db.notes.bulkGet(refs)]);
  return buildRows(db, keys, byKey(bookmarks), byKey(notes));
}

export const bookmarksQueryOptions = () =>
  queryOptions({
    queryKey: bookmarkListQueryKey,
    queryFn: async (): Promise<BookmarkRow[]> => {
      const { db } = await getDatabase();
      const [bookmarks, notes] = await Promise.all([
        db.bookmarks.toArray().then(byKey),
        db.notes.toArray().then(byKey),
      ]);
      const rows = await buildRows(db, [...new Set([...bookmarks.keys(), ...notes.keys()])], bookmarks, notes);
      return [...rows.values()].filter((row) => row !== undefined).sort(byAddedNewestFirst);
    },
  });
