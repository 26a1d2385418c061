// How the corpus is stored: each table's rows in bundles of up to 100, indexed by the values pages look rows up by, because IndexedDB costs about the same per write whether a record holds one row or a hundred.
import type { Corpus, CorpusTable, EntityKind } from '../content/schema';

export type Row<T extends CorpusTable> = Corpus[T][number];
export type LookupValue = string | number;
/** One record of the `content` table: some rows of one table, and the lookup keys of every one of them. */
export type ContentBundle = { id: string; keys: string[]; rows: unknown[] };

type Lookups = { [T in CorpusTable]: Record<string, (row: Row<T>) => readonly LookupValue[]> };

/**
 * The fields each table is looked up by, with the values a row has for each. The first is the row's own key, or the
 * field it is most often read by; rows are bundled in its order, so the rows one page needs sit in one or two bundles.
 */
export const lookups = {
  sources: { id: (row) => [row.id] },
  characters: {
    slug: (row) => [row.slug],
    formerSlug: (row) => row.formerSlugs ?? [],
    person: (row) => row.portrayedBy.map((actor) => actor.person),
    season: (row) => row.seasons.map((season) => season.number),
  },
  people: { slug: (row) => [row.slug], formerSlug: (row) => row.formerSlugs ?? [] },
  seasons: { number: (row) => [row.number] },
  series: { slug: (row) => [row.slug], formerSlug: (row) => row.formerSlugs ?? [] },
  topics: { slug: (row) => [row.slug], formerSlug: (row) => row.formerSlugs ?? [] },
  places: { slug: (row) => [row.slug], formerSlug: (row) => row.formerSlugs ?? [] },
  facts: { about: (row) => row.about, source: (row) => row.sources },
  quotes: { speaker: (row) => [row.speaker], about: (row) => row.about, source: (row) => row.sources },
  relationships: { from: (row) => [row.from], to: (row) => [row.to] },
  events: { about: (row) => row.about, id: (row) => [row.id], source: (row) => row.sources },
} satisfies Lookups;

export type LookupField<T extends CorpusTable> = keyof (typeof lookups)[T] & string;

/** Every table of the corpus (known here without content/schema.ts, which would bring zod into the app). */
export const contentTables = Object.keys(lookups) as CorpusTable[];

/** The field that is each page kind's own key (a page is read by it). */
export const pageKeyFields: { [K in EntityKind]: LookupField<K> } = {
  sources: 'id',
  characters: 'slug',
  people: 'slug',
  seasons: 'number',
  series: 'slug',
  topics: 'slug',
  places: 'slug',
};

/** Each table's own key: the order its rows are read in, as Dexie's `toArray()` gave them. */
export const primaryKeys: { [T in CorpusTable]: (row: Row<T>) => LookupValue } = {
  sources: (row) => row.id,
  characters: (row) => row.slug,
  people: (row) => row.slug,
  seasons: (row) => row.number,
  series: (row) => row.slug,
  topics: (row) => row.slug,
  places: (row) => row.slug,
  facts: (row) => row.id,
  quotes: (row) => row.id,
  relationships: (row) => row.id,
  events: (row) => row.id,
};

/** Counts kept with the corpus for the lists that rank by them (how many facts discuss each page). */
export const countedLookups: { [T in CorpusTable]?: LookupField<T>[] } = { facts: ['about'] };

export const bundleSize = 100;

export function lookupKey(table: CorpusTable, field: string, value: LookupValue): string {
  return `${table}.${field}=${value}`;
}

export function lookupValues<T extends CorpusTable>(table: T, field: LookupField<T>, row: Row<T>): readonly LookupValue[] {
  const values = lookups[table][field] as (row: Row<T>) => readonly LookupValue[];
  return values(row);
}

/** The id of the record holding the counts of `table`'s rows per value of `field`. */
export function countsId(table: CorpusTable, field: string): string {
  return `${table}#${field}`;
}

/** IndexedDB's order of keys: numbers before strings, strings by UTF-16 code units. */
export function compareKeys(a: LookupValue, b: LookupValue): number {
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One table's rows as bundles (and count records), in the order of the table's first lookup field, corpus order within. */
export function bundleTable<T extends CorpusTable>(table: T, rows: readonly Row<T>[]): ContentBundle[] {
  const fields = Object.keys(lookups[table]) as LookupField<T>[];
  const [first] = fields;
  const sortKey = (row: Row<T>) => {
    if (primaryKeys[table](row) === undefined) throw new Error(`A row of ${table} has no key.`);
    return first === undefined ? '' : (lookupValues(table, first, row)[0] ?? '');
  };
  const ordered = rows.map((row) => ({ row, key: sortKey(row) })).sort((a, b) => compareKeys(a.key, b.key));
  const bundles: ContentBundle[] = [];
  for (let start = 0; start < ordered.length; start += bundleSize) {
    const slice = ordered.slice(start, start + bundleSize).map(({ row }) => row);
    const keys = new Set(fields.flatMap((field) => slice.flatMap((row) => lookupValues(table, field, row).map((value) => lookupKey(table, field, value)))));
    bundles.push({ id: `${table}/${String(bundles.length).padStart(6, '0')}`, keys: [...keys], rows: slice });
  }
  for (const field of countedLookups[table] ?? []) {
    const counts = new Map<LookupValue, number>();
    for (const row of rows) for (const value of lookupValues(table, field, row)) counts.set(value, (counts.get(value) ?? 0) + 1);
    bundles.push({ id: countsId(table, field), keys: [], rows: [...counts] });
  }
  return bundles;
}
