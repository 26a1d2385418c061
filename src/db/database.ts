// The app's one database connection: opened and loaded once, falling back to an in-memory IndexedDB when the browser's is unavailable, and announcing when another tab upgrades it.
import type { CorpusSource } from './load-corpus';
import { loadCorpusIfChanged } from './load-corpus';
import { databaseName, WikiDatabase } from './wiki-database';

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
let versionChanged = false;
const versionChangeListeners = new Set<() => void>();

/** Called once at start-up (and by tests): which corpus to load and under which database name. */
export function configureDatabase(next: DatabaseConfig): void {
  config = next;
  opening = undefined;
}

export function getDatabase(): Promise<DatabaseHandle> {
  if (!config) return Promise.reject(new Error('configureDatabase() must be called before the database is used'));
  opening ??= openDatabase(config);
  return opening;
}

/** True once another tab has opened a newer version of the database and this tab closed its connection. */
export function hasVersionChanged(): boolean {
  return versionChanged;
}

export function subscribeToVersionChange(listener: () => void): () => void {
  versionChangeListeners.add(listener);
  return () => versionChangeListeners.delete(listener);
}

async function openDatabase({ corpus, name = databaseName }: DatabaseConfig): Promise<DatabaseHandle> {
  try {
    const db = new WikiDatabase(name);
    db.on('versionchange', () => {
      db.close();
      versionChanged = true;
      for (const listener of versionChangeListeners) listener();
    });
    await db.open();
    await loadCorpusIfChanged(db, corpus);
    return { db, storage: 'browser' };
  } catch (error) {
    const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
    const db = new WikiDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange });
    await loadCorpusIfChanged(db, corpus);
    return { db, storage: 'memory', failure: error instanceof Error ? error.message : String(error) };
  }
}
