// The typed Dexie database: content tables that the corpus replaces wholesale, and user tables that nothing but the fan ever changes.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type {
  Character,
  CorpusTable,
  EntityRef,
  Fact,
  Person,
  Place,
  Quote,
  Relationship,
  Season,
  Series,
  Source,
  Topic,
  WikiEvent,
} from '../content/schema';

export type Bookmark = { ref: EntityRef; title: string; addedAt: number };
export type Note = { ref: EntityRef; text: string; updatedAt: number };
export type HistoryEntry = { id?: number; ref: EntityRef; title: string; viewedAt: number };
export type Setting = { key: string; value: unknown };
export type CorpusMeta = { key: 'corpus'; hash: string; loadedAt: number };
/** The search index serialised for one corpus version, so later starts load it instead of rebuilding it. */
export type StoredSearchIndex = { corpusHash: string; json: string; builtAt: number };

export const databaseName = 'jessica-jones-wiki';

export class WikiDatabase extends Dexie {
  sources!: EntityTable<Source, 'id'>;
  characters!: EntityTable<Character, 'slug'>;
  people!: EntityTable<Person, 'slug'>;
  seasons!: EntityTable<Season, 'number'>;
  series!: EntityTable<Series, 'slug'>;
  topics!: EntityTable<Topic, 'slug'>;
  places!: EntityTable<Place, 'slug'>;
  facts!: EntityTable<Fact, 'id'>;
  quotes!: EntityTable<Quote, 'id'>;
  relationships!: EntityTable<Relationship, 'id'>;
  events!: EntityTable<WikiEvent, 'id'>;
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
  }
}

/** The tables the corpus fills; a new corpus replaces each of them as a whole. */
export const contentTables: readonly CorpusTable[] = [
  'sources',
  'characters',
  'people',
  'seasons',
  'series',
  'topics',
  'places',
  'facts',
  'quotes',
  'relationships',
  'events',
];
