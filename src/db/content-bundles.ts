// Turns a corpus table into the records of the `content` table (the format is described beside the Dexie class in
// wiki-database.ts): rows in bundles of up to 100, in the order of the table's first lookup field, each bundle
// carrying the lookup keys of its rows; plus one record of counts per counted field.
import type { CorpusTable } from '../content/schema';
import { countedFields, keyOf, lookupFields, lookupValues, type LookupValue, type Row } from '../content/tables';

/** One record of the `content` table: some rows of one table, and the lookup keys of every one of them. */
export type ContentBundle = { id: string; keys: string[]; rows: unknown[] };

export const bundleSize = 100;

/** The key a bundle is indexed by for one lookup value, e.g. "characters.slug=kilgrave". */
export function lookupKey(table: CorpusTable, field: string, value: LookupValue): string {
  return `${table}.${field}=${value}`;
}

/** The id of the record holding the counts of `table`'s rows per value of `field`, e.g. "facts#about". */
export function countsId(table: CorpusTable, field: string): string {
  return `${table}#${field}`;
}

/**
 * IndexedDB's order of keys (numbers before strings, strings by UTF-16 code units): the order rows are stored and read
 * in.
 */
export function compareKeys(a: LookupValue, b: LookupValue): number {
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One table's rows as bundles (and count records), in the order of the table's first lookup field, corpus order within.
 */
export function bundleTable<T extends CorpusTable>(table: T, rows: readonly Row<T>[]): ContentBundle[] {
  const fields = lookupFields(table);
  const [first] = fields;
  const sortKey = (row: Row<T>) => {
    if (keyOf(table, row) === undefined) throw new Error(`A row of ${table} has no key.`);
    return first === undefined ? '' : (lookupValues(table, first, row)[0] ?? '');
  };
  const ordered = rows.map((row) => ({ row, key: sortKey(row) })).sort((a, b) => compareKeys(a.key, b.key));
  const bundles: ContentBundle[] = [];
  for (let start = 0; start < ordered.length; start += bundleSize) {
    const slice = ordered.slice(start, start + bundleSize).map(({ row }) => row);
    const keys = new Set(
      fields.flatMap((field) =>
        slice.flatMap((row) => lookupValues(table, field, row).map((value) => lookupKey(table, field, value))),
      ),
    );
    bundles.push({ id: `${table}/${String(bundles.length).padStart(6, '0')}`, keys: [...keys], rows: slice });
  }
  for (const field of countedFields(table)) {
    const counts = new Map<LookupValue, number>();
    for (const row of rows)
      for (const value of lookupValues(table, field, row)) counts.set(value, (counts.get(value) ?? 0) + 1);
    bundles.push({ id: countsId(table, field), keys: [], rows: [...counts] });
  }
  return bundles;
}
