// Reads corpus rows out of their bundles: a whole table, or the rows with a lookup value; always in the order of the
// table's key (slug, season number or id).
import type { CorpusTable, EntityKind } from '../content/schema';
import { keyOf, lookupValues, tables, type LookupField, type LookupValue, type Row } from '../content/tables';
import { compareKeys, countsId, lookupKey, type ContentBundle } from './content-bundles';
import type { WikiDatabase } from './wiki-database';

function rowsOf<T extends CorpusTable>(table: T, bundles: ContentBundle[]): Row<T>[] {
  return (bundles.flatMap((bundle) => bundle.rows) as Row<T>[]).sort((a, b) =>
    compareKeys(keyOf(table, a), keyOf(table, b)),
  );
}

/** Every row of a table. */
export async function readTable<T extends CorpusTable>(db: WikiDatabase, table: T): Promise<Row<T>[]> {
  return rowsOf(table, await db.content.where('id').startsWith(`${table}/`).toArray());
}

/**
 * Past this many values a lookup reads the whole table: each value costs IndexedDB a cursor step, and a table is one
 * request however big.
 */
const manyValues = 100;

/** The rows whose `field` has any of `values` (a row with several is read once). */
export async function readWhere<T extends CorpusTable>(
  db: WikiDatabase,
  table: T,
  field: LookupField<T>,
  values: readonly LookupValue[],
): Promise<Row<T>[]> {
  const wanted = new Set(values.map(String));
  if (wanted.size === 0) return [];
  const matches = (row: Row<T>) => lookupValues(table, field, row).some((value) => wanted.has(String(value)));
  if (wanted.size > manyValues) return (await readTable(db, table)).filter(matches);
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

/** The first row whose `field` is `value`: for a key field, the row. */
export async function readRow<T extends CorpusTable>(
  db: WikiDatabase,
  table: T,
  field: LookupField<T>,
  value: LookupValue,
): Promise<Row<T> | undefined> {
  return (await readWhere(db, table, field, [value]))[0];
}

/**
 * The pages of one kind with these keys (slugs, season numbers, source ids), in key order; unknown keys are left out.
 */
export async function readPages<K extends EntityKind>(
  db: WikiDatabase,
  kind: K,
  keys: readonly LookupValue[],
): Promise<Row<K>[]> {
  return readWhere(db, kind, tables[kind].key as LookupField<K>, keys);
}

/** How many rows of a table have each value of a counted field (declared in content/tables.ts). */
export async function readCounts<T extends CorpusTable>(
  db: WikiDatabase,
  table: T,
  field: LookupField<T>,
): Promise<Map<LookupValue, number>> {
  const record = await db.content.get(countsId(table, field));
  return new Map((record?.rows ?? []) as [LookupValue, number][]);
}
