// Each corpus table declared once: the field that is its key, the fields its rows are looked up by, the fields
// counted for ranking, and for page kinds the name a link shows. The validator, the bundler, the readers and the
// link builder all read this; it imports no zod, so the app can use it without the schema.
import type { Corpus, CorpusTable, EntityKind } from './schema.ts';

export type Row<T extends CorpusTable> = Corpus[T][number];
export type LookupValue = string | number;

type TableDeclaration<T extends CorpusTable> = {
  /** The field whose value identifies a row (unique in its table). */
  key: keyof Row<T> & string;
  /** The fields a row is looked up by, with the values a row has for each; rows are stored in the first one's order. */
  lookups: Record<string, (row: Row<T>) => readonly LookupValue[]>;
  /** Lookup fields whose rows are counted per value (how many facts discuss each page, for lists that rank by it). */
  counted?: readonly string[];
};

export const tables = {
  sources: { key: 'id', lookups: { id: (row) => [row.id] } },
  characters: {
    key: 'slug',
    lookups: {
      slug: (row) => [row.slug],
      formerSlug: (row) => row.formerSlugs ?? [],
      person: (row) => row.portrayedBy.map((actor) => actor.person),
      season: (row) => row.seasons.map((season) => season.number),
    },
  },
  people: { key: 'slug', lookups: { slug: (row) => [row.slug], formerSlug: (row) => row.formerSlugs ?? [] } },
  seasons: { key: 'number', lookups: { number: (row) => [row.number] } },
  series: { key: 'slug', lookups: { slug: (row) => [row.slug], formerSlug: (row) => row.formerSlugs ?? [] } },
  topics: { key: 'slug', lookups: { slug: (row) => [row.slug], formerSlug: (row) => row.formerSlugs ?? [] } },
  places: { key: 'slug', lookups: { slug: (row) => [row.slug], formerSlug: (row) => row.formerSlugs ?? [] } },
  facts: { key: 'id', lookups: { about: (row) => row.about, source: (row) => row.sources }, counted: ['about'] },
  quotes: {
    key: 'id',
    lookups: { speaker: (row) => [row.speaker], about: (row) => row.about, source: (row) => row.sources },
  },
  relationships: { key: 'id', lookups: { from: (row) => [row.from], to: (row) => [row.to] } },
  events: { key: 'id', lookups: { about: (row) => row.about, id: (row) => [row.id], source: (row) => row.sources } },
} as const satisfies { [T in CorpusTable]: TableDeclaration<T> };

export type LookupField<T extends CorpusTable> = keyof (typeof tables)[T]['lookups'] & string;

/** Every table of the corpus, in the seed files' order. */
export const tableNames = Object.keys(tables) as CorpusTable[];

/** A row's key: its slug, season number or id. */
export function keyOf<T extends CorpusTable>(table: T, row: Row<T>): LookupValue {
  return row[tables[table].key as keyof Row<T>] as LookupValue;
}

/** The values `row` has for one lookup field. */
export function lookupValues<T extends CorpusTable>(
  table: T,
  field: LookupField<T>,
  row: Row<T>,
): readonly LookupValue[] {
  const lookups = tables[table].lookups as Record<string, (row: Row<T>) => readonly LookupValue[]>;
  return lookups[field]?.(row) ?? [];
}

/** The lookup fields of a table, the one rows are stored in order of first. */
export function lookupFields<T extends CorpusTable>(table: T): LookupField<T>[] {
  return Object.keys(tables[table].lookups) as LookupField<T>[];
}

/** The lookup fields of a table that are counted per value. */
export function countedFields<T extends CorpusTable>(table: T): LookupField<T>[] {
  const declaration = tables[table] as { counted?: readonly string[] };
  return (declaration.counted ?? []) as LookupField<T>[];
}

/** The name a page's links show: a source's title, everything else's name. */
export function pageName<K extends EntityKind>(row: Row<K>): string {
  return 'title' in row ? row.title : row.name;
}

/** The page kinds whose pages can be renamed: they keep their former slugs, so old URLs redirect. */
export type RenamableKind = { [K in EntityKind]: 'formerSlug' extends LookupField<K> ? K : never }[EntityKind];

export function isRenamableKind(kind: EntityKind): kind is RenamableKind {
  return 'formerSlug' in tables[kind].lookups;
}
