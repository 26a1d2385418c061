// The typed Dexie database: the corpus's content (bundled rows, see content-bundles.ts) that each new corpus replaces
// wholesale, and user tables that nothing but the fan ever changes.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { EntityRef } from '../content/schema';
import type { ContentBundle } from './content-bundles';

export type Bookmark = { ref: EntityRef; title: string; addedAt: number };
export type Note = { ref: EntityRef; text: string; updatedAt: number };
export type HistoryEntry = { id?: number; ref: EntityRef; title: string; viewedAt: number };
export type Setting = { key: string; value: unknown };
export type CorpusMeta = { key: 'corpus'; hash: string; loadedAt: number };
/** The search index serialised for one corpus version, so later starts load it instead of rebuilding it. */
export type StoredSearchIndex = { corpusHash: string; json: string; builtAt: number };

export const databaseName = 'jessica-jones-wiki';

/**
 * The corpus is stored in one table, `content`, because IndexedDB costs about the same per record whatever its size
 * (at 10,000 characters: ~700 writes instead of 70,000). Its records (built by content-bundles.ts, read by
 * read-content.ts, both from the table declarations in content/tables.ts):
 * - `<table>/<000000>`: up to 100 rows of one corpus table, in the order of the table's first lookup field, so the rows
 *   one page needs sit in one or two records. `keys` holds `<table>.<field>=<value>` for every lookup value of every
 *   row in it (a multi-entry index), so "the facts about Kilgrave" is one index query.
 * - `<table>#<field>`: for a counted field, `rows` is `[value, count][]` (how many facts discuss each page).
 * A new corpus replaces every record in one transaction; the user tables below are never touched by it.
 */
export class WikiDatabase extends Dexie {
  content!: EntityTable<ContentBundle, 'id'>;
  meta!: EntityTable<CorpusMeta, 'key'>;
  bookmarks!: EntityTable<Bookmark, 'ref'>;
  notes!: EntityTable<Note, 'ref'>;
  history!: EntityTable<HistoryEntry, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  searchIndex!: EntityTable<StoredSearchIndex, 'corpusHash'>;

  constructor(name: string = databaseName, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      sources: 'id',
      characters: 'slug, name',
      people: 'slug, name',
      seasons: 'number',
      series: 'slug, name',
      topics: 'slug, name',
      places: 'slug, name',
      facts: 'id, *about, *sources',
      quotes: 'id, speaker, *about, *sources',
      relationships: 'id, from, to',
      events: 'id, date.value, *about, *sources',
      meta: 'key',
      bookmarks: 'ref, addedAt',
      notes: 'ref, updatedAt',
      history: '++id, ref, viewedAt',
      settings: 'key',
    });
    this.version(2).stores({ searchIndex: 'corpusHash' });
    // Version 3 keeps the corpus in bundles of rows (one table, `content`) instead of a table per kind with a record
    // per row: at 10,000 characters that is about 700 writes instead of 70,000. Forgetting the stored corpus's hash
    // makes the next start load it into the new table; the user tables are untouched.
    this.version(3)
      .stores({
        sources: null,
        characters: null,
        people: null,
        seasons: null,
        series: null,
        topics: null,
        places: null,
        facts: null,
        quotes: null,
        relationships: null,
        events: null,
        content: 'id, *keys',
      })
      .upgrade((transaction) => transaction.table('meta').delete('corpus'));
  }
}
