// Bookmarks, notes and history: a bookmark whose page left the corpus, history trimming, and schema upgrades that keep
// every user row (the file import: backup.test.ts).
import { QueryClient } from '@tanstack/react-query';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { getDatabase } from '../../src/db/database';
import { loadCorpusIfChanged } from '../../src/db/load-corpus';
import { readTable } from '../../src/db/read-content';
import { WikiDatabase, type Bookmark, type Note } from '../../src/db/wiki-database';
import type { EntityRef } from '../../src/content/schema';
import { bookmarksQueryOptions } from '../../src/features/bookmarks/api/bookmarks-query';
import { historyLimit, recordView } from '../../src/features/bookmarks/api/record-view';
import { addBookmark } from '../../src/features/bookmarks/api/save-bookmark';
import { smallCorpus } from '../fixtures/small-corpus';
import { openTestDatabase } from '../fixtures/test-database';

const kilgrave: EntityRef = 'characters:kilgrave';
const trish: EntityRef = 'characters:trish-walker';
const bookmark = (ref: EntityRef, addedAt = 1): Bookmark => ({ ref, title: ref, addedAt });
const note = (ref: EntityRef, text: string, updatedAt: number): Note => ({ ref, text, updatedAt });

describe('the bookmarks list', () => {
  it('lists a bookmark whose page left the corpus, marked as such', async () => {
    await openTestDatabase();
    const queryClient = new QueryClient();
    await addBookmark('characters:nobody-anymore', 'Nobody Anymore', 1);
    const rows = await queryClient.fetchQuery(bookmarksQueryOptions());
    expect(rows).toEqual([expect.objectContaining({ title: 'Nobody Anymore', inWiki: false, kind: 'characters' })]);
  });
});

describe('recently viewed', () => {
  it('keeps one row per page, moves a re-viewed page to the top, and keeps the latest 50', async () => {
    await openTestDatabase();
    for (let i = 0; i < historyLimit + 10; i += 1) await recordView(`topics:t-${i}`, `T ${i}`, i);
    await recordView('topics:t-20', 'T 20', 1000);
    const { db } = await getDatabase();
    const rows = await db.history.orderBy('viewedAt').reverse().toArray();
    expect(rows).toHaveLength(historyLimit);
    expect(rows[0]?.ref).toBe('topics:t-20');
    expect(rows.filter((row) => row.ref === 'topics:t-20')).toHaveLength(1);
    expect(rows.some((row) => row.ref === 'topics:t-0')).toBe(false);
  });
});

describe('schema upgrade', () => {
  it.each([1, 2])(
    'opens a database written with schema version %i (1: before the search index table; both a table per content kind) and keeps every user row',
    async (writtenAt) => {
      const name = `upgrade-${Math.random().toString(36).slice(2)}`;
      const old = new Dexie(name);
      old.version(1).stores({
        sources: 'id',
        characters: 'slug, name',
        people: 'slug, name',
        seasons: 'number',
        series: 'slug, name',
        topics: 'slug, name',
        places: 'slug, name',
        facts: 'id, *about, *sources',
        quotes: 'id, speaker, *about, *sources',
        relationships: 'id, from, to',
        events: 'id, date.value, *about, *sources',
        meta: 'key',
        bookmarks: 'ref, addedAt',
        notes: 'ref, updatedAt',
        history: '++id, ref, viewedAt',
        settings: 'key',
      });
      if (writtenAt === 2) old.version(2).stores({ searchIndex: 'corpusHash' });
      await old.table('bookmarks').bulkAdd([bookmark(kilgrave, 1), bookmark(trish, 2)]);
      await old.table('notes').add(note(kilgrave, 'Purple man', 3));
      await old.table('history').add({ ref: trish, title: 'Trish Walker', viewedAt: 4 });
      await old.table('settings').add({ key: 'spoiler-level', value: 1 });
      await old.table('characters').add({ slug: 'kilgrave', name: 'Kilgrave' });
      await old.table('meta').add({ key: 'corpus', hash: 'old-corpus', loadedAt: 5 });
      old.close();

      const db = new WikiDatabase(name);
      await db.open();
      expect(db.verno).toBe(4);
      expect(db.tables.map((table) => table.name).sort()).toEqual([
        'bookmarks',
        'content',
        'edits',
        'history',
        'meta',
        'notes',
        'revisions',
        'searchIndex',
        'settings',
      ]);
      expect(await db.searchIndex.count()).toBe(0);
      // The stored corpus is forgotten, so the next start loads the corpus into the bundled content table.
      expect(await db.meta.get('corpus')).toBeUndefined();
      expect(await loadCorpusIfChanged(db, { hash: 'old-corpus', load: async () => smallCorpus() })).toBe('loaded');
      expect(await readTable(db, 'characters')).toHaveLength(3);
      expect(await db.bookmarks.toArray()).toEqual([bookmark(kilgrave, 1), bookmark(trish, 2)]);
      expect(await db.notes.toArray()).toEqual([note(kilgrave, 'Purple man', 3)]);
      expect(await db.history.toArray()).toEqual([{ id: 1, ref: trish, title: 'Trish Walker', viewedAt: 4 }]);
      expect(await db.settings.get('spoiler-level')).toEqual({ key: 'spoiler-level', value: 1 });
      db.close();
    },
  );
});
