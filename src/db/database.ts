// The app's one database connection: opened and loaded once (and again after site data was cleared under the open tab),
// falling back to an in-memory IndexedDB when the browser's is unavailable, and announcing when another tab upgrades
// it.
import { onConnectionLost } from './corpus-health';
import type { CorpusSource } from './load-corpus';
import { loadCorpusIfChanged } from './load-corpus';
import { databaseName, WikiDatabase } from './wiki-database';
import { isWebKit } from '../lib/browser-engine';
import { followedFlag } from '../lib/followed-flag';
import { nextTask } from '../lib/next-task';

export type DatabaseHandle = {
  db: WikiDatabase;
  /** "browser": kept in IndexedDB; "memory": IndexedDB failed, so nothing outlives this tab. */
  storage: 'browser' | 'memory';
  /** Why the browser's IndexedDB could not be used, when it could not. */
  failure?: string;
};

export type DatabaseConfig = { corpus: CorpusSource; name?: string };

let config: DatabaseConfig | undefined;
let opening: Promise<DatabaseHandle> | undefined;

/** True once another tab has opened a newer version of the database and this tab closed its connection. */
export const versionChanged = followedFlag();
/**
 * True while this tab cannot open the database because another tab holds an older version open and does not let go
 * (IndexedDB's "blocked"): the open waits, and goes on by itself once the other tab closes.
 */
export const openBlocked = followedFlag();

/** Called once at start-up (and by tests): which corpus to load and under which database name. */
export function configureDatabase(next: DatabaseConfig): void {
  config = next;
  opening = undefined;
}

export function getDatabase(): Promise<DatabaseHandle> {
  if (!config) return Promise.reject(new Error('configureDatabase() must be called before the database is used'));
  if (!opening) {
    const current = config;
    // Opened in a task of its own: the first read comes from a page's effects, in the task that runs them all, and
    // opening (Dexie reading its schema, IndexedDB its connection) would make that task longer still.
    const thisOpening = nextTask().then(() =>
      openDatabase(current, () => {
        // Site data cleared under the open tab: the next read opens the database again and reloads the corpus.
        if (opening === thisOpening) opening = undefined;
      }),
    );
    opening = thisOpening;
  }
  return opening;
}

/**
 * WebKit keeps a page the fan leaves in its back-forward cache with any unfinished IndexedDB transaction suspended (a
 * visit still being recorded), and every later write to that store, in any page, then waits behind it for good: the
 * bookmark star never answers, /bookmarks never renders. An unload listener keeps WebKit from caching the page, and
 * closing the connection there ends its transactions. Only WebKit gets it: Chromium reports unload listeners as
 * deprecated, and neither it nor Firefox suspends transactions so.
 */
function keepOutOfWebKitPageCache(db: WikiDatabase): void {
  if (typeof window !== 'undefined' && isWebKit()) window.addEventListener('unload', () => db.close());
}

async function openDatabase(
  { corpus, name = databaseName }: DatabaseConfig,
  lost: () => void,
): Promise<DatabaseHandle> {
  try {
    const db = new WikiDatabase(name);
    db.on('versionchange', () => {
      db.close();
      versionChanged.set(true);
    });
    onConnectionLost(db, lost);
    keepOutOfWebKitPageCache(db);
    db.on('blocked', () => openBlocked.set(true));
    await db.open().finally(() => openBlocked.set(false));
    await loadCorpusIfChanged(db, corpus);
    return { db, storage: 'browser' };
  } catch (error) {
    const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
    const db = new WikiDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
    await loadCorpusIfChanged(db, corpus);
    return { db, storage: 'memory', failure: error instanceof Error ? error.message : String(error) };
  }
}
