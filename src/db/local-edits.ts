// The fans' edits as the readers overlay them on the published rows: read once per connection and kept in memory,
// grouped by table and key, re-reading only the edits each write (any tab's) changed; and whether this tab shows the
// wiki "as published" (no edits).
import type { CorpusTable } from '../content/schema';
import { lookupValues, type Row } from '../content/tables';
import type { LocalEdit, WikiDatabase } from './wiki-database';
import { watchTableChanges, type ChangedKeys } from './watch-tables';
import { followedFlag } from '../lib/followed-flag';

/**
 * One table's edits that change what it shows (not dropped ones): by row key, and by lookup value (built when a lookup
 * first asks, dropped when the edits change), so a lookup looks at the edits that match it, not at all of them.
 */
export class TableEdits {
  readonly byKey = new Map<string, LocalEdit>();
  private readonly byLookup = new Map<string, Map<string, LocalEdit[]>>();

  constructor(private readonly table: CorpusTable) {}

  set(edit: LocalEdit): void {
    this.byKey.set(edit.key, edit);
    this.byLookup.clear();
  }

  delete(key: string): void {
    if (this.byKey.delete(key)) this.byLookup.clear();
  }

  /** The edits whose row has any of `values` for the lookup `field`. */
  matching(field: string, values: ReadonlySet<string>): LocalEdit[] {
    let index = this.byLookup.get(field);
    if (!index) {
      index = new Map();
      for (const edit of this.byKey.values()) {
        if (edit.value === null) continue;
        for (const value of lookupValues(this.table, field as never, edit.value as Row<CorpusTable>)) {
          const list = index.get(String(value));
          if (list) list.push(edit);
          else index.set(String(value), [edit]);
        }
      }
      this.byLookup.set(field, index);
    }
    return [...new Set([...values].flatMap((value) => index.get(value) ?? []))];
  }
}

/** Every table's edits that change what it shows. */
export type ActiveEdits = ReadonlyMap<CorpusTable, TableEdits>;
type EditsByTable = Map<CorpusTable, TableEdits>;

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
    if (!rows) byTable.set(edit.table, (rows = new TableEdits(edit.table)));
    rows.set(edit);
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

/** Whether the fan has any edit that changes what the wiki shows (a table whose edits were all dropped has none). */
export async function hasActiveEdits(db: WikiDatabase): Promise<boolean> {
  return [...(await activeEdits(db)).values()].some((table) => table.byKey.size > 0);
}

/** True while this tab shows the wiki as published, without the fan's edits; readers then leave the edits out. */
export const showingPublished = followedFlag();
