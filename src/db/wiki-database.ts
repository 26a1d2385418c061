// The typed Dexie database: the corpus's content (bundled rows, see content-bundles.ts) that each new corpus replaces
// wholesale, and user tables that nothing but the fan ever changes.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { CorpusTable, EntityRef } from '../content/schema';
import type { ContentBundle } from './content-bundles';
import type { EditState, PageDocument, RowChange } from '../content/page-document';

export type Bookmark = { ref: EntityRef; title: string; addedAt: number };
export type Note = { ref: EntityRef; text: string; updatedAt: number };
export type HistoryEntry = { id?: number; ref: EntityRef; title: string; viewedAt: number };
export type Setting = { key: string; value: unknown };
export type CorpusMeta = { key: 'corpus'; hash: string; loadedAt: number };
/** The search index serialised for one corpus version, so later starts load it instead of rebuilding it. */
export type StoredSearchIndex = { corpusHash: string; json: string; builtAt: number };

/**
 * A fan's change to one corpus row, kept beside the published row it was made on. `value` is what the fan's wiki shows
 * (null: the fan removed the row); `base` the published row the fan last edited or merged (null: the fan added it);
 * `published` the row the stored corpus publishes now. They differ only after a new corpus changed or removed the row
 * under the edit: then `state` is 'conflict' (both changed the same field) or 'orphaned' (upstream removed it) until the
 * fan settles it. 'dropped' edits show nothing; they are kept so readers of `seq` see the row changed back.
 */
export type LocalEdit = {
  /** `<table>/<key>`, e.g. "facts/kilgrave-controls-people". */
  id: string;
  table: CorpusTable;
  key: string;
  /** Grows with every write to any edit: what changed since a given point is `seq > point`. */
  seq: number;
  base: unknown;
  value: unknown;
  published: unknown;
  state: EditState;
  /** The corpus version `base` comes from. */
  corpusHash: string;
  /** The page whose history recorded the change. */
  page: EntityRef;
  updatedAt: number;
  /** The pack this row's change was imported from, until the fan changes the row again. */
  pack?: PackMark;
};

/**
 * One entry of a page's history: the page as it stood after it (`snapshot`), and the row changes that made it. The
 * first entry of a page is the published version the fan's first edit started from (`kind` 'published').
 */
export type Revision = {
  id?: number;
  page: EntityRef;
  kind: 'published' | 'save' | 'revert' | 'delete' | 'resolve';
  savedAt: number;
  summary?: string;
  snapshot: PageDocument;
  changes: RowChange[];
  /** The pack the revision imported (or undid). */
  pack?: PackMark;
};

/** The edit pack a change was imported from (see db/edit-packs.ts): its changes are undone as a unit. */
export type PackMark = { id: string; title: string };

export const databaseName = 'jessica-jones-wiki';

/**
 * The corpus is stored in one table, `content`, because IndexedDB costs about the same per record whatever its size
 * (at 10,000 characters: ~700 writes instead of 70,000). Its records (built by content-bundles.ts, read by
 * read-content.ts, both from the table declarations in content/tables.ts):
 * - `<table>/<000000>`: up to 100 rows of one corpus table, in the order of the table's first lookup field, so the rows
 *   one page needs sit in one or two records. `keys` holds `<table>.<field>=<value>` for every lookup value of every
 *   row in it (a multi-entry index), so "the facts about Kilgrave" is one index query.
 * - `<table>#<field>`: for a counted field, `rows` is `[value, count][]` (how many facts discuss each page).
 * A new corpus replaces every record in one transaction; the user tables below are never touched by it, except that
 * the fans' edits are re-based on it in the same transaction (rebase-edits.ts).
 */
export class WikiDatabase extends Dexie {
  content!: EntityTable<ContentBundle, 'id'>;
  meta!: EntityTable<CorpusMeta, 'key'>;
  bookmarks!: EntityTable<Bookmark, 'ref'>;
  notes!: EntityTable<Note, 'ref'>;
  history!: EntityTable<HistoryEntry, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  searchIndex!: EntityTable<StoredSearchIndex, 'corpusHash'>;
  edits!: EntityTable<LocalEdit, 'id'>;
  revisions!: EntityTable<Revision, 'id'>;

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
    // Version 4 adds the fans' edits and their pages' histories.
    this.version(4).stores({ edits: 'id, seq, page, state', revisions: '++id, page' });
  }
}
