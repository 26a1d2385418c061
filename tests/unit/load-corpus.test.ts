// First-start loading: loads once, skips when the hash is unchanged, replaces content wholesale on a new hash, never
// touches user tables.
import { describe, expect, it, vi } from 'vitest';
import { bundlesPerWrite, loadCorpusIfChanged } from '../../src/db/load-corpus';
import { readPages, readTable } from '../../src/db/read-content';
import { WikiDatabase } from '../../src/db/wiki-database';
import { smallCorpus } from '../fixtures/small-corpus';

function freshDatabase() {
  return new WikiDatabase(`load-test-${Math.random().toString(36).slice(2)}`);
}

describe('loadCorpusIfChanged', () => {
  it('loads every content table on first start and stores the hash', async () => {
    const db = freshDatabase();
    const corpus = smallCorpus();
    expect(await loadCorpusIfChanged(db, { hash: 'v1', load: async () => corpus })).toBe('loaded');
    expect(await readTable(db, 'characters')).toHaveLength(corpus.characters.length);
    expect(await readTable(db, 'facts')).toHaveLength(corpus.facts.length);
    expect(await readTable(db, 'events')).toHaveLength(corpus.events.length);
    expect((await db.meta.get('corpus'))?.hash).toBe('v1');
  });

  it('writes the bundles a few at a time, in one transaction, so no single task copies the whole corpus', async () => {
    const db = freshDatabase();
    const bulkPut = vi.spyOn(db.content, 'bulkPut');
    await loadCorpusIfChanged(db, { hash: 'v1', load: async () => smallCorpus() });
    const writes = bulkPut.mock.calls.map(([bundles]) => bundles.length);
    expect(writes.length).toBeGreaterThan(1);
    expect(Math.max(...writes)).toBeLessThanOrEqual(bundlesPerWrite);
    expect(writes.reduce((sum, count) => sum + count, 0)).toBe(await db.content.count());
  });

  it('does nothing, and never loads the corpus, when the hash is unchanged', async () => {
    const db = freshDatabase();
    await loadCorpusIfChanged(db, { hash: 'v1', load: async () => smallCorpus() });
    const load = vi.fn(async () => smallCorpus());
    expect(await loadCorpusIfChanged(db, { hash: 'v1', load })).toBe('unchanged');
    expect(load).not.toHaveBeenCalled();
  });

  it('replaces the content on a new hash and keeps the fan’s bookmarks, notes and settings', async () => {
    const db = freshDatabase();
    await loadCorpusIfChanged(db, { hash: 'v1', load: async () => smallCorpus() });
    await db.bookmarks.put({ ref: 'characters:test-villain', title: 'Test Villain', addedAt: 1 });
    await db.notes.put({ ref: 'characters:test-villain', text: 'my note', updatedAt: 1 });
    await db.settings.put({ key: 'spoilers', value: 1 });

    const next = smallCorpus();
    next.characters = next.characters.filter((character) => character.slug !== 'an-unnamed-student');
    next.characters[0]!.name = 'Renamed Heroine';
    expect(await loadCorpusIfChanged(db, { hash: 'v2', load: async () => next })).toBe('loaded');

    expect(await readPages(db, 'characters', ['an-unnamed-student'])).toEqual([]);
    expect((await readPages(db, 'characters', ['test-heroine']))[0]?.name).toBe('Renamed Heroine');
    expect(await db.bookmarks.toArray()).toEqual([
      { ref: 'characters:test-villain', title: 'Test Villain', addedAt: 1 },
    ]);
    expect(await db.notes.count()).toBe(1);
    expect(await db.settings.count()).toBe(1);
    expect((await db.meta.get('corpus'))?.hash).toBe('v2');
  });

  it('leaves the old content and hash in place when loading fails half-way', async () => {
    const db = freshDatabase();
    await loadCorpusIfChanged(db, { hash: 'v1', load: async () => smallCorpus() });
    const broken = smallCorpus();
    (broken.events as unknown[]).push({ title: 'an event without its key' });
    await expect(loadCorpusIfChanged(db, { hash: 'v2', load: async () => broken })).rejects.toThrow();
    expect((await db.meta.get('corpus'))?.hash).toBe('v1');
    expect(await readTable(db, 'characters')).toHaveLength(3);
  });
});
