// The fans' edits as the readers overlay them on the published rows: read once per connection and kept in memory,
// grouped by table and key, re-reading only the edits each write (any tab's) changed; and whether this tab shows the
// wiki "as published" (no edits).
import type { CorpusTable } from '../content/schema';
import type { LocalEdit, WikiDatabase } from './wiki-database';
import { watchTableChanges, type ChangedKeys } from './watch-tables';
import { followedFlag } from '../lib/followed-flag';

/** The edits that change what a table shows (not dropped ones), by row key. */
export type ActiveEdits = ReadonlyMap<CorpusTable, ReadonlyMap<string, LocalEdit>>;
type EditsByTable = Map<CorpusTable, Map<string, LocalEdit>>;

const loaded = new WeakMap<WikiDatabase, Promise<EditsByTable>>();
const watched = new WeakSet<WikiDatabase>();

/** Forget the edits read so far: the next read reads them all again. */
function forgetEdits(db: WikiDatabase): void {
  loaded.delete(db);
}

/** Puts the stored state of edits into the table maps: a dropped or deleted edit leaves them. */
function patch(byTable: EditsByTable, ids: readonly string[], stored: readonly (LocalEdit | undefined)[]) {
  ids.forEach((id, index) => {
    const slash = id.indexOf('/');
    byTable.get(id.slice(0, slash) as CorpusTable)?.delete(id.slice(slash + 1));
    const edit = stored[index];
    if (!edit || edit.state === 'dropped') return;
    let rows = byTable.get(edit.table);
    if (!rows) byTable.set(edit.table, (rows = new Map()));
    rows.set(edit.key, edit);
  });
  return byTable;
}

/**
 * Brings the edits read so far up to date with `edits`, as stored now (a reader that already has them, like the search
 * index, saves reading them again).
 */
export function noteEdits(db: WikiDatabase, edits: readonly LocalEdit[]): void {
  const current = loaded.get(db);
  if (current)
    loaded.set(
      db,
      current.then((byTable) =>
        patch(
          byTable,
          edits.map((edit) => edit.id),
          edits,
        ),
      ),
    );
}

/** Re-reads the edits a write changed (all of them after a range changed): with 1,000 stored, a save reads one. */
function refreshEdits(db: WikiDatabase, ids: ChangedKeys): void {
  const current = loaded.get(db);
  if (!current) return;
  if (ids === 'all') return forgetEdits(db);
  const next = current.then(async (byTable) => patch(byTable, ids, await db.edits.bulkGet([...ids])));
  loaded.set(db, next);
  // A failed read is not kept: the next reader reads them all.
  next.catch(() => loaded.get(db) === next && forgetEdits(db));
}

async function readActiveEdits(db: WikiDatabase): Promise<EditsByTable> {
  const edits = await db.edits.toArray();
  return patch(
    new Map(),
    edits.map((edit) => edit.id),
    edits,
  );
}

export function activeEdits(db: WikiDatabase): Promise<ActiveEdits> {
  if (!watched.has(db)) {
    watched.add(db);
    watchTableChanges(db, ['edits'], (_table, ids) => refreshEdits(db, ids));
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
