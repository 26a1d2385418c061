// Reads corpus rows out of their bundles (a whole table, or the rows with a lookup value; always in the order of the
// table's key) with the fans' edits laid over them: published ⊕ local, so no feature learns about edits on its own.
// Each edited row carries a `localEdit` mark saying what the fan changed; "as published" reads leave the edits out.
import type { EditMark, Marked } from '../content/page-document';
import type { CorpusTable, EntityKind } from '../content/schema';
import { keyOf, lookupValues, tables, type LookupField, type LookupValue, type Row } from '../content/tables';
import { compareKeys, countsId, lookupKey, type ContentBundle } from './content-bundles';
import { changedFields } from '../content/row-fields';
import { activeEdits, showingPublished, type TableEdits } from './local-edits';
import type { LocalEdit, WikiDatabase } from './wiki-database';

export type { EditMark };
/** A row as the readers return it: marked when it is the fan's. */
export type Read<T extends CorpusTable> = Marked<Row<T>>;

/** 'mine': the fan's wiki (the default, unless this tab shows the wiki as published); 'published': the corpus alone. */
export type ContentView = 'mine' | 'published';

function compareRows<T extends CorpusTable>(table: T) {
  return (a: Row<T>, b: Row<T>) => compareKeys(keyOf(table, a), keyOf(table, b));
}

function markedRow<T extends CorpusTable>(edit: LocalEdit): Read<T> {
  const value = edit.value as Row<T>;
  const fields = changedFields(edit.published, value);
  return { ...value, localEdit: { state: edit.state, added: edit.published === null, fields } };
}

/**
 * The published rows `published` (those of the table matching a lookup) with the table's edits laid over them: edited
 * rows replaced or removed, rows the fan added or changed to match (`candidates`, the edits that may) put in, in key
 * order.
 */
async function overlay<T extends CorpusTable>(
  db: WikiDatabase,
  table: T,
  published: Row<T>[],
  view: ContentView,
  candidates: (edits: TableEdits) => Iterable<LocalEdit> = (edits) => edits.byKey.values(),
): Promise<Read<T>[]> {
  const edits = view === 'published' ? undefined : (await activeEdits(db)).get(table);
  if (!edits || edits.byKey.size === 0) return published;
  const rows: Read<T>[] = published.filter((row) => !edits.byKey.has(String(keyOf(table, row))));
  for (const edit of candidates(edits)) if (edit.value !== null) rows.push(markedRow<T>(edit));
  return rows.sort(compareRows(table));
}

function currentView(): ContentView {
  return showingPublished.get() ? 'published' : 'mine';
}

function rowsOf<T extends CorpusTable>(table: T, bundles: ContentBundle[]): Row<T>[] {
  return (bundles.flatMap((bundle) => bundle.rows) as Row<T>[]).sort(compareRows(table));
}

/** Every row of a table. */
export async function readTable<T extends CorpusTable>(
  db: WikiDatabase,
  table: T,
  view: ContentView = currentView(),
): Promise<Read<T>[]> {
  const published = rowsOf(table, await db.content.where('id').startsWith(`${table}/`).toArray());
  return overlay(db, table, published, view);
}

/**
 * Past this many values a lookup reads the whole table: each value costs IndexedDB a cursor step, and a table is one
 * request however big.
 */
const manyValues = 100;

async function readPublishedWhere<T extends CorpusTable>(
  db: WikiDatabase,
  table: T,
  field: LookupField<T>,
  wanted: ReadonlySet<string>,
  matches: (row: Row<T>) => boolean,
): Promise<Row<T>[]> {
  if (wanted.size > manyValues) return (await readTable(db, table, 'published')).filter(matches);
  const keys = [...wanted].map((value) => lookupKey(table, field, value));
  // One value, the usual case: one request. Several: the bundles' ids first (an index walk that reads no rows), then
  // each bundle once, however many of the values it holds.
  if (keys.length === 1)
    return rowsOf(
      table,
      await db.content
        .where('keys')
        .equals(keys[0] ?? '')
        .toArray(),
    ).filter(matches);
  const ids = await db.content.where('keys').anyOf(keys).primaryKeys();
  const bundles = (await db.content.bulkGet([...new Set(ids)])).filter((bundle) => bundle !== undefined);
  return rowsOf(table, bundles).filter(matches);
}

/** The rows whose `field` has any of `values` (a row with several is read once). */
export async function readWhere<T extends CorpusTable>(
  db: WikiDatabase,
  table: T,
  field: LookupField<T>,
  values: readonly LookupValue[],
  view: ContentView = currentView(),
): Promise<Read<T>[]> {
  const wanted = new Set(values.map(String));
  if (wanted.size === 0) return [];
  const matches = (row: Row<T>) => lookupValues(table, field, row).some((value) => wanted.has(String(value)));
  const published = await readPublishedWhere(db, table, field, wanted, matches);
  return overlay(db, table, published, view, (edits) => edits.matching(field, wanted));
}

/** The first row whose `field` is `value`: for a key field, the row. */
export async function readRow<T extends CorpusTable>(
  db: WikiDatabase,
  table: T,
  field: LookupField<T>,
  value: LookupValue,
  view: ContentView = currentView(),
): Promise<Read<T> | undefined> {
  return (await readWhere(db, table, field, [value], view))[0];
}

/**
 * The pages of one kind with these keys (slugs, season numbers, source ids), in key order; unknown keys are left out.
 */
export async function readPages<K extends EntityKind>(
  db: WikiDatabase,
  kind: K,
  keys: readonly LookupValue[],
  view: ContentView = currentView(),
): Promise<Read<K>[]> {
  return readWhere(db, kind, tables[kind].key as LookupField<K>, keys, view);
}

/** How many rows of a table have each value of a counted field (declared in content/tables.ts). */
export async function readCounts<T extends CorpusTable>(
  db: WikiDatabase,
  table: T,
  field: LookupField<T>,
  view: ContentView = currentView(),
): Promise<Map<LookupValue, number>> {
  const record = await db.content.get(countsId(table, field));
  const counts = new Map((record?.rows ?? []) as [LookupValue, number][]);
  const edits = view === 'published' ? undefined : (await activeEdits(db)).get(table);
  const count = (row: unknown, by: number) => {
    if (row === null) return;
    for (const value of lookupValues(table, field, row as Row<T>)) counts.set(value, (counts.get(value) ?? 0) + by);
  };
  for (const edit of edits?.byKey.values() ?? []) {
    count(edit.published, -1);
    count(edit.value, 1);
  }
  return counts;
}
