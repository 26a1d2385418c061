// rereadWiki, the fan's wiki following a change: the queries on screen re-read, cached ones are dropped, and a read
// still in flight (a page's loader waiting for its data) is never cancelled, also when site data cleared under the open
// tab makes Dexie announce the re-created database as a change to every table.
import { QueryClient } from '@tanstack/react-query';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../src/db/database';
import { readTable } from '../../src/db/read-content';
import { watchTableChanges } from '../../src/db/watch-tables';
import { rereadWiki } from '../../src/features/editing/api/reread-wiki';
import { createQueryClient } from '../../src/lib/query-client';
import { openTestDatabase } from '../fixtures/test-database';

let stopWatching: (() => void) | undefined;
afterEach(() => stopWatching?.());

const charactersQuery = (queryClient: QueryClient) =>
  queryClient.fetchQuery({
    queryKey: ['characters'],
    queryFn: async () => readTable((await getDatabase()).db, 'characters'),
  });

describe('rereadWiki', () => {
  it('drops cached queries but lets a read in flight finish', async () => {
    const queryClient = createQueryClient();
    queryClient.setQueryData(['cached'], 'old');
    let finish: (value: string) => void = () => undefined;
    const loading = queryClient.fetchQuery({
      queryKey: ['loading'],
      queryFn: () => new Promise<string>((resolve) => (finish = resolve)),
    });
    await rereadWiki(queryClient);
    finish('read');
    expect(await loading).toBe('read');
    expect(queryClient.getQueryData(['cached'])).toBeUndefined();
    // It may have read from before the change, so it re-reads.
    await expect.poll(() => queryClient.getQueryState(['loading'])?.isInvalidated).toBe(true);
  });

  it('lets a page’s read finish when site data is cleared under the open tab and the corpus reloads', async () => {
    const { db } = await openTestDatabase();
    const queryClient = createQueryClient();
    // The edits feed every tab follows (useWatchEdits).
    stopWatching = watchTableChanges(db, ['edits'], () => void rereadWiki(queryClient));
    // What clearing site data does: the browser closes the connection and deletes the database.
    // (fake-indexeddb 6.2 types its parameter as the FDBDatabase class instead of a connection.)
    forceCloseDatabase(db.backendDB() as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await new Promise<void>((resolve, reject) => {
      const deletion = indexedDB.deleteDatabase(db.name);
      deletion.onsuccess = () => resolve();
      deletion.onerror = () => reject(deletion.error);
    });
    // The next page's read opens the database again, which Dexie announces as every table changed.
    expect(await charactersQuery(queryClient)).toHaveLength(3);
  });
});
