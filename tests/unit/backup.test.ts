// The backup file: what an import refuses (with a message naming the problem), the merge rules, old bookmarks files,
// a full backup's round trip, and that a failing write or a broken file leaves everything as it was.
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../src/db/database';
import type { Bookmark, Note } from '../../src/db/wiki-database';
import type { EntityRef } from '../../src/content/schema';
import { checkBackup, checkBackupText } from '../../src/features/bookmarks/api/backup-schema';
import { buildBackup, collapseDuplicates, planMerge } from '../../src/features/bookmarks/api/bookmark-file';
import { BackupFileError, exportBackup, importBackupFile } from '../../src/features/bookmarks/api/backup-io';
import { importFailureMessage } from '../../src/features/bookmarks/api/import-export';
import { historyLimit, recordView } from '../../src/features/bookmarks/api/record-view';
import { addBookmark, saveNote } from '../../src/features/bookmarks/api/save-bookmark';
import { unsavedChangesQueryOptions } from '../../src/features/bookmarks/api/unsaved-changes-query';
import { openTestDatabase } from '../fixtures/test-database';

const kilgrave: EntityRef = 'characters:kilgrave';
const trish: EntityRef = 'characters:trish-walker';
const bookmark = (ref: EntityRef, addedAt = 1): Bookmark => ({ ref, title: ref, addedAt });
const note = (ref: EntityRef, text: string, updatedAt: number): Note => ({ ref, text, updatedAt });
const byRef = <T extends { ref: EntityRef }>(rows: T[]) => new Map(rows.map((row) => [row.ref, row]));
const emptyTables = { bookmarks: [], notes: [], history: [], settings: [] };
/** A bookmarks file as version 1 of the wiki wrote it (before backups had history and settings). */
const version1File = (bookmarks: Bookmark[], notes: Note[]) => ({
  format: 'jessica-jones-wiki-bookmarks',
  version: 1,
  exportedAt: '2026-01-01T00:00:00.000Z',
  bookmarks,
  notes,
});
const refusal = (result: ReturnType<typeof checkBackup>) => (result.ok ? 'accepted' : result.message);
const importText = (text: string, onProgress?: Parameters<typeof importBackupFile>[2]) =>
  importBackupFile(new Blob([text]), historyLimit, onProgress);

describe('an import refuses what the wiki cannot show, naming the problem', () => {
  const valid = version1File([bookmark(kilgrave)], [note(kilgrave, 'Purple', 2)]);
  const withBookmark = (fields: Record<string, unknown>) => ({
    ...valid,
    bookmarks: [{ ...bookmark(kilgrave), ...fields }],
  });
  const withNote = (fields: Record<string, unknown>) => ({
    ...valid,
    notes: [{ ...note(kilgrave, 'Purple', 2), ...fields }],
  });

  it.each([
    [
      'a date too large for a Date',
      withBookmark({ addedAt: 9_000_000_000_000_000 }),
      /bookmark 1 \("characters:kilgrave"\): addedAt 9000000000000000 is later than the last day a date can hold/,
    ],
    ['NaN', withBookmark({ addedAt: NaN }), /addedAt NaN is not a number/],
    [
      'Infinity (JSON 1e999)',
      JSON.parse(JSON.stringify(valid).replace('"addedAt":1', '"addedAt":1e999')),
      /addedAt Infinity is not a number/,
    ],
    ['a negative date', withNote({ updatedAt: -5 }), /note 1 \("characters:kilgrave"\): updatedAt -5 is before 1970/],
    ['a fractional date', withBookmark({ addedAt: 1.5 }), /addedAt 1\.5 is not a whole number of milliseconds/],
    [
      'a note longer than the note box takes',
      withNote({ text: 'x'.repeat(10_001) }),
      /note 1 \("characters:kilgrave"\): text is longer than 10,000 characters/,
    ],
    ['a note of 100,000 characters', withNote({ text: 'x'.repeat(100_000) }), /text is longer than 10,000 characters/],
    [
      'a reference with an unknown kind',
      withBookmark({ ref: 'villains:kilgrave' }),
      /ref "villains:kilgrave" is not a page reference/,
    ],
    ['a malformed reference', withNote({ ref: 'characters:../../etc' }), /is not a page reference/],
    ['an empty title', withBookmark({ title: '' }), /title is empty/],
    ['an oversized title', withBookmark({ title: 'K'.repeat(501) }), /title is longer than 500 characters/],
    ['a missing field', { ...valid, bookmarks: [{ ref: kilgrave, title: 'K' }] }, /addedAt is missing/],
    ['a missing section', { ...valid, notes: undefined }, /notes is missing/],
    ['a version 2 file without its history', { ...valid, version: 2, settings: [] }, /history is missing/],
    [
      'a setting holding an object',
      { ...buildBackup(emptyTables), settings: [{ key: 'spoiler-level', value: { level: 9 } }] },
      /setting 1: value/,
    ],
    ['a foreign file', { hello: 'world' }, /isn’t a Jessica Jones Wiki backup or bookmarks file/],
    ['not an object', [1, 2, 3], /isn’t a Jessica Jones Wiki/],
    ['a newer version', { ...valid, version: 3 }, /version 3; this wiki reads versions 1 to 2/],
  ])('%s', (_, json, message) => {
    expect(refusal(checkBackup(json))).toMatch(message);
    expect(refusal(checkBackup(json))).toMatch(/Nothing was changed\.$/);
  });

  it('counts every problem in a file of bad rows', () => {
    const bad = { ...valid, bookmarks: [1, 2, 3].map((i) => ({ ...bookmark(kilgrave), addedAt: 9e15 + i })) };
    expect(refusal(checkBackup(bad))).toMatch(/bookmark 1 .* \(3 problems in all\)/);
  });

  it.each([
    ['truncated JSON', JSON.stringify(valid).slice(0, 40)],
    ['an empty file', ''],
  ])('refuses %s', async (_, text) => {
    expect(refusal(checkBackupText(text))).toMatch(/isn’t valid JSON/);
    await openTestDatabase();
    await expect(importText(text)).rejects.toThrow(BackupFileError);
  });

  it('accepts notes of exactly 10,000 characters and dates up to the last a Date holds', () => {
    const edge = withNote({ text: 'x'.repeat(10_000), updatedAt: 8_640_000_000_000_000 });
    expect(checkBackup(edge).ok).toBe(true);
    expect(new Date(8_640_000_000_000_000).toISOString()).toBe('+275760-09-13T00:00:00.000Z');
  });
});

describe('the merge rules', () => {
  it('collapses duplicates in a file to the earliest bookmark and the newest note of each page', () => {
    const entries = collapseDuplicates({
      bookmarks: [bookmark(trish, 6), bookmark(trish, 3)],
      notes: [note(trish, 'old', 1), note(trish, 'new', 9)],
    });
    expect(entries).toEqual([{ ref: trish, bookmark: bookmark(trish, 3), note: note(trish, 'new', 9) }]);
  });

  it('adds new bookmarks and never duplicates one already stored', () => {
    const plan = planMerge(
      collapseDuplicates({ bookmarks: [bookmark(kilgrave, 5), bookmark(trish, 6)], notes: [] }),
      byRef([bookmark(kilgrave)]),
      new Map(),
    );
    expect(plan).toMatchObject({ bookmarks: [bookmark(trish, 6)], added: 1, updated: 0, skipped: 0 });
  });

  it('keeps the newer note for the same page, whichever side it is on, and leaves out notes on pages bookmarked nowhere', () => {
    const stored = byRef([note(kilgrave, 'mine, newer', 10), note(trish, 'mine, older', 1)]);
    const file = {
      bookmarks: [],
      notes: [note(kilgrave, 'theirs, older', 5), note(trish, 'theirs, newer', 9), note('topics:trauma', 'orphan', 1)],
    };
    const plan = planMerge(collapseDuplicates(file), byRef([bookmark(kilgrave), bookmark(trish)]), stored);
    expect(plan).toMatchObject({ notes: [note(trish, 'theirs, newer', 9)], added: 0, updated: 1, skipped: 1 });
  });
});

describe('importing and exporting', () => {
  afterEach(() => vi.restoreAllMocks());

  it('still imports a version 1 bookmarks file', async () => {
    await openTestDatabase();
    const file = JSON.stringify(version1File([bookmark(kilgrave, 7)], [note(kilgrave, 'Purple', 8)]));
    expect(await importText(file)).toEqual({ added: 1, updated: 0, skipped: 0, restoredHistoryAndSettings: false });
    const { db } = await getDatabase();
    expect(await db.bookmarks.toArray()).toEqual([bookmark(kilgrave, 7)]);
    expect(await db.notes.toArray()).toEqual([note(kilgrave, 'Purple', 8)]);
  });

  it('restores everything from a backup into a fresh database', async () => {
    await openTestDatabase();
    await addBookmark(kilgrave, 'Kilgrave', 10);
    await addBookmark(trish, 'Trish Walker', 11);
    await saveNote(kilgrave, 'Purple', 12);
    await recordView('topics:trauma', 'Trauma', 13);
    await recordView(kilgrave, 'Kilgrave', 14);
    const { db: first } = await getDatabase();
    await first.settings.put({ key: 'spoiler-level', value: 'all' });
    const text = await exportBackup(new Date(20));
    expect(JSON.parse(text)).toMatchObject({ format: 'jessica-jones-wiki-bookmarks', version: 2 });

    await openTestDatabase();
    expect(await importText(text)).toEqual({ added: 2, updated: 0, skipped: 0, restoredHistoryAndSettings: true });
    const { db } = await getDatabase();
    expect(await db.bookmarks.orderBy('addedAt').toArray()).toEqual([
      { ref: kilgrave, title: 'Kilgrave', addedAt: 10 },
      { ref: trish, title: 'Trish Walker', addedAt: 11 },
    ]);
    expect(await db.notes.toArray()).toEqual([note(kilgrave, 'Purple', 12)]);
    expect(
      (await db.history.orderBy('viewedAt').reverse().toArray()).map(({ ref, viewedAt }) => [ref, viewedAt]),
    ).toEqual([
      [kilgrave, 14],
      ['topics:trauma', 13],
    ]);
    expect(await db.settings.get('spoiler-level')).toEqual({ key: 'spoiler-level', value: 'all' });
    // When this device last exported is its own: not carried to another.
    expect(await db.settings.get('backup-exported-at')).toBeUndefined();
  });

  it('writes nothing when a write fails part-way, and says the saving failed, not the file', async () => {
    await openTestDatabase();
    await addBookmark(kilgrave, 'Kilgrave', 1);
    const { db } = await getDatabase();
    const count = 5_000;
    const refs = Array.from({ length: count }, (_, i): EntityRef => `topics:topic-${i}`);
    const file = JSON.stringify(buildBackup({ ...emptyTables, bookmarks: refs.map((ref, i) => bookmark(ref, i)) }));
    // The fifth chunk's writes fail, as they do when the browser's storage is full: four chunks were already written.
    const put = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      puts += 1;
      if (puts > 4_500) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const progress: number[] = [];
    const failure = await importText(file, ({ written }) => progress.push(written)).catch((error: unknown) => error);
    expect(progress).toEqual([1_000, 2_000, 3_000, 4_000]);
    expect(importFailureMessage(failure)).toBe(
      'The file is fine, but it could not be saved: the browser’s storage for this site is full. Nothing was changed.',
    );
    vi.restoreAllMocks();
    expect(await db.bookmarks.toArray()).toEqual([{ ref: kilgrave, title: 'Kilgrave', addedAt: 1 }]);
  });

  it('changes nothing when the file is broken', async () => {
    await openTestDatabase();
    await addBookmark(kilgrave, 'Kilgrave', 1);
    const before = await exportBackup();
    await expect(importText(before.slice(0, before.length - 10))).rejects.toThrow(/isn’t valid JSON/);
    const bad = { ...JSON.parse(before), notes: [note(trish, 'fine', 1), note(kilgrave, 'x', 9e15)] };
    await expect(importText(JSON.stringify(bad))).rejects.toThrow(/note 2/);
    const { db } = await getDatabase();
    expect(await db.notes.count()).toBe(0);
  });

  it('round-trips and merges 100,000 entries, reporting what was added and updated', async () => {
    await openTestDatabase();
    const count = 100_000;
    const refs = Array.from({ length: count }, (_, i): EntityRef => `topics:topic-${i}`);
    const tables = {
      ...emptyTables,
      bookmarks: refs.map((ref, i) => bookmark(ref, i)),
      notes: refs.map((ref, i) => note(ref, `note ${i}`, 100)),
    };
    const file = buildBackup(tables);
    expect(await importText(JSON.stringify(file))).toMatchObject({ added: count, updated: 0 });
    const second = {
      ...file,
      notes: file.notes.map((n, i) => (i % 2 === 0 ? { ...n, text: 'newer', updatedAt: 200 } : n)),
    };
    expect(await importText(JSON.stringify(second))).toMatchObject({ added: 0, updated: count / 2 });
    const { db } = await getDatabase();
    expect(await db.bookmarks.count()).toBe(count);
    expect(await db.notes.count()).toBe(count);
    expect((await db.notes.get('topics:topic-0'))?.text).toBe('newer');
    expect((await db.notes.get('topics:topic-1'))?.text).toBe('note 1');
  }, 120_000);

  it('counts the bookmarks and notes made or changed since the last export', async () => {
    await openTestDatabase();
    const queryClient = new QueryClient();
    await addBookmark(kilgrave, 'Kilgrave', 1_000);
    await saveNote(kilgrave, 'Purple', 1_001);
    expect(await queryClient.fetchQuery(unsavedChangesQueryOptions())).toEqual({ count: 2, lastExportAt: undefined });
    await exportBackup(new Date(2_000));
    await addBookmark(trish, 'Trish Walker', 3_000);
    expect(await queryClient.fetchQuery({ ...unsavedChangesQueryOptions(), staleTime: 0 })).toEqual({
      count: 1,
      lastExportAt: 2_000,
    });
  });
});
