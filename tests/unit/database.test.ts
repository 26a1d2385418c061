// The app's database connection: opens and loads once, and falls back to memory with a reason when IndexedDB fails.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../src/db/database';
import { readTable } from '../../src/db/read-content';
import { openTestDatabase } from '../fixtures/test-database';

afterEach(() => vi.restoreAllMocks());

describe('getDatabase', () => {
  it('opens the browser’s IndexedDB, loads the corpus and hands out one connection', async () => {
    const handle = await openTestDatabase();
    expect(handle.storage).toBe('browser');
    expect(await getDatabase()).toBe(handle);
    expect(await readTable(handle.db, 'characters')).toHaveLength(3);
  });

  it('runs from memory, with the reason, when IndexedDB refuses to open', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    });
    const handle = await openTestDatabase();
    expect(handle.storage).toBe('memory');
    expect(handle.failure).toMatch(/denied/);
    expect(await readTable(handle.db, 'characters')).toHaveLength(3);
  });
});
