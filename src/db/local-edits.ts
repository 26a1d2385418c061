// The fans' edits as the readers overlay them on the published rows: read once per connection and kept in memory until
// any tab writes an edit, grouped by table and key; and whether this tab shows the wiki "as published" (no edits).
import type { CorpusTable } from '../content/schema';
import type { LocalEdit, WikiDatabase } from './wiki-database';
import { watchTableChanges } from './watch-tables';
import { followedFlag } from '../lib/followed-flag';

/** The edits that change what a table shows (not dropped ones), by row key. */
export type ActiveEdits = ReadonlyMap<CorpusTable, ReadonlyMap<string, LocalEdit>>;

const loaded = new WeakMap<WikiDatabase, Promise<ActiveEdits>>();
const watched = new WeakSet<WikiDatabase>();

/** Forget the edits read so far: the next read reads them again. */
export function forgetEdits(db: WikiDatabase): void {
  loaded.delete(db);
}

async function readActiveEdits(db: WikiDatabase): Promise<ActiveEdits> {
  const byTable = new Map<CorpusTable, Map<string, LocalEdit>>();
  for (const edit of await db.edits.toArray()) {
    if (edit.state === 'dropped') continue;
    let rows = byTable.get(edit.table);
    if (!rows) byTable.set(edit.table, (rows = new Map()));
    rows.set(edit.key, edit);
  }
  return byTable;
}

export function activeEdits(db: WikiDatabase): Promise<ActiveEdits> {
  if (!watched.has(db)) {
    watched.add(db);
    watchTableChanges(db, ['edits'], () => forgetEdits(db));
  }
  let edits = loaded.get(db);
  if (!edits) {
    edits = readActiveEdits(db);
    loaded.set(db, edits);
    // A failed read is not kept: the next reader tries again.
    edits.catch(() => loaded.get(db) === edits && forgetEdits(db));
  }
  return edits;
}

/** True while this tab shows the wiki as published, without the fan's edits; readers then leave the edits out. */
export const showingPublished = followedFlag();
