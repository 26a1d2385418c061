// The backup file: its format (its limits are in backup-limits.ts), building one from the user tables, and the merge rules an import follows.
// (No validator here: that is backup-schema.ts, which only the import worker loads.)
import type { Bookmark, HistoryEntry, Note, Setting } from '../../../db/wiki-database';
import type { EntityRef } from '../../../content/schema';
import { lastExportSettingKey } from './backup-limits';

export const fileFormat = 'jessica-jones-wiki-bookmarks';
/**
 * 1: bookmarks and notes. 2: a backup of everything the fan made: also history and settings. A later version adds a
 * section (e.g. `edits`) beside these: the reader then accepts every version up to it, each one's sections a superset
 * of the previous version's, and an older wiki refuses the newer file by its version instead of dropping a section.
 */
export const fileVersion = 2;
export const readableVersions = [1, 2] as const;

export type HistoryRow = Omit<HistoryEntry, 'id'>;
export type SettingValue = string | number | boolean | null;
export type BackupSetting = { key: string; value: SettingValue };

export type BackupFile = {
  format: typeof fileFormat;
  version: typeof fileVersion;
  exportedAt: string;
  bookmarks: Bookmark[];
  notes: Note[];
  history: HistoryRow[];
  settings: BackupSetting[];
};

export function buildBackup(
  tables: { bookmarks: Bookmark[]; notes: Note[]; history: HistoryEntry[]; settings: Setting[] },
  now = new Date(),
): BackupFile {
  return {
    format: fileFormat,
    version: fileVersion,
    exportedAt: now.toISOString(),
    bookmarks: tables.bookmarks,
    notes: tables.notes,
    history: tables.history.map(({ ref, title, viewedAt }) => ({ ref, title, viewedAt })),
    settings: tables.settings.filter((setting) => setting.key !== lastExportSettingKey) as BackupSetting[],
  };
}

/**
 * One page's rows in a file, after duplicates in the file collapsed: its earliest bookmark and its newest note. Entries
 * come sorted by page reference (IndexedDB's key order), so a chunk of them reads what is stored with one key range.
 */
export type FileEntry = { ref: EntityRef; bookmark?: Bookmark; note?: Note };

/** What a valid file holds, ready to write: the pages' entries (a version 1 file has no history or settings). */
export type CheckedFile = { version: number; entries: FileEntry[]; history: HistoryRow[]; settings: BackupSetting[] };

export function collapseDuplicates(file: { bookmarks: Bookmark[]; notes: Note[] }): FileEntry[] {
  const entries = new Map<EntityRef, FileEntry>();
  const entryOf = (ref: EntityRef) => {
    let entry = entries.get(ref);
    if (!entry) entries.set(ref, (entry = { ref }));
    return entry;
  };
  for (const bookmark of file.bookmarks) {
    const entry = entryOf(bookmark.ref);
    if (!entry.bookmark || bookmark.addedAt < entry.bookmark.addedAt) entry.bookmark = bookmark;
  }
  for (const note of file.notes) {
    const entry = entryOf(note.ref);
    if (!entry.note || note.updatedAt > entry.note.updatedAt) entry.note = note;
  }
  return [...entries.values()].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
}

export type MergePlan = { bookmarks: Bookmark[]; notes: Note[]; added: number; updated: number; skipped: number };

/**
 * What importing some entries changes, given what is stored for their pages: a page already bookmarked keeps its
 * bookmark (and date); for the same page the newer note wins. "added" counts new bookmarks, "updated" notes
 * replaced or added on pages already bookmarked, "skipped" notes on pages bookmarked neither here nor in the file
 * (the list could never show them).
 */
export function planMerge(
  entries: FileEntry[],
  storedBookmarks: ReadonlyMap<EntityRef, Bookmark>,
  storedNotes: ReadonlyMap<EntityRef, Note>,
): MergePlan {
  const plan: MergePlan = { bookmarks: [], notes: [], added: 0, updated: 0, skipped: 0 };
  for (const { ref, bookmark, note } of entries) {
    const wasBookmarked = storedBookmarks.has(ref);
    if (bookmark && !wasBookmarked) {
      plan.bookmarks.push(bookmark);
      plan.added += 1;
    }
    if (!note) continue;
    if (!wasBookmarked && !bookmark) {
      plan.skipped += 1;
      continue;
    }
    const stored = storedNotes.get(ref);
    if (stored && stored.updatedAt >= note.updatedAt) continue;
    plan.notes.push(note);
    if (wasBookmarked) plan.updated += 1;
  }
  return plan;
}

/** The recently viewed list after a restore: one row per page (its latest view), newest first, at most `limit`. */
export function mergeHistory(stored: HistoryRow[], restored: HistoryRow[], limit: number): HistoryRow[] {
  const latest = new Map<EntityRef, HistoryRow>();
  for (const row of [...stored, ...restored]) {
    const seen = latest.get(row.ref);
    if (!seen || row.viewedAt > seen.viewedAt)
      latest.set(row.ref, { ref: row.ref, title: row.title, viewedAt: row.viewedAt });
  }
  return [...latest.values()].sort((a, b) => b.viewedAt - a.viewedAt).slice(0, limit);
}
