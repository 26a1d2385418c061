// Cross-tab change feed: the keys each committed write changed in the user tables (in this tab or another), so caches
// re-read only the rows a write touched instead of whole tables.
import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { WikiDatabase } from './wiki-database';

/** The primary keys a write changed in one table, or 'all' when it changed a range (a clear, a restored page). */
export type ChangedKeys = readonly string[] | 'all';

/**
 * Past this many keys a change is reported as 'all': reading them one by one would cost more than reading the table.
 */
const manyKeys = 1000;

function keysOf(tree: IntervalTree | undefined, into: Set<string>): boolean {
  // A node is one key when from equals to; anything wider means "some range changed".
  if (!tree || !('from' in tree)) return true;
  if (tree.from !== tree.to || typeof tree.from !== 'string') return false;
  into.add(tree.from);
  return into.size <= manyKeys && keysOf(tree.l ?? undefined, into) && keysOf(tree.r ?? undefined, into);
}

/**
 * Calls back with the keys each committed write changed in `tables`. Dexie reports this tab's writes as they commit
 * (before the write's promise resolves) and other tabs' through a BroadcastChannel.
 */
export function watchTableChanges<T extends string>(
  db: WikiDatabase,
  tables: readonly T[],
  onChange: (table: T, keys: ChangedKeys) => void,
): () => void {
  const listener = (parts: ObservabilitySet) => {
    for (const table of tables) {
      const prefix = `idb://${db.name}/${table}/`;
      const changed = [parts[prefix], parts[`${prefix}:dels`]].filter((part) => part !== undefined);
      if ('all' in parts) {
        onChange(table, 'all');
      } else if (changed.length > 0) {
        const keys = new Set<string>();
        onChange(table, changed.every((part) => keysOf(part, keys)) ? [...keys] : 'all');
      }
    }
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
