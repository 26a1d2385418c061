// Turns the database's content into search documents: one per page, fact, quote and event, with the names, aliases and
// links fans search by. The whole published corpus at once (the stored index), or the documents a few changed rows
// touch (a fan's edit: the row's own, and when a page's name changed, those that show that name).
import { formatPartialDate } from '../../../content/dates';
import { entityRef } from '../../../content/refs';
import { refKey, refKind } from '../../../content/refs';
import type { CorpusTable, EntityKind, EntityRef } from '../../../content/schema';
import { keyOf, pageName, type Row } from '../../../content/tables';
import { readPageLinks } from '../../../db/page-links';
import { readTable, readWhere, type ContentView } from '../../../db/read-content';
import type { WikiDatabase } from '../../../db/wiki-database';

export const searchDocumentTypes = [
  'character',
  'person',
  'season',
  'series',
  'topic',
  'place',
  'source',
  'event',
  'quote',
  'fact',
] as const;
export type SearchDocumentType = (typeof searchDocumentTypes)[number];

export type SearchDocument = {
  id: string;
  type: SearchDocumentType;
  /** What a result shows as its title. */
  title: string;
  /** The page a result opens, and its name. */
  target: EntityRef;
  targetName: string;
  /**
   * Indexed fields, strongest first: the page's own name, its other names, linked names (actor ↔ character), its text.
   */
  name: string;
  aliases: string;
  related: string;
  body: string;
  spoils?: number;
};

/** The fields every page's document shares: it is found by its name and opens itself. */
function pageFields(type: SearchDocumentType, target: EntityRef, name: string) {
  return { id: target, type, title: name, target, targetName: name, name };
}

const clip = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/** The names a document shows besides its row's own: other pages' names, and the characters each actor plays. */
type Names = {
  pageName: (ref: EntityRef) => string;
  /** The names of the characters a person plays. */
  playedBy: (personSlug: string) => readonly string[];
};

type IndexedTable = Exclude<CorpusTable, 'relationships'>;
const subjectTypes = { series: 'series', topics: 'topic', places: 'place' } as const;

/** The search document of one row (relationships have none). */
function documentOf(table: CorpusTable, row: Row<CorpusTable>, names: Names): SearchDocument | undefined {
  const statementTarget = (target: EntityRef) => ({ target, targetName: names.pageName(target) });
  const personName = (slug: string) => names.pageName(entityRef('people', slug)) || slug;
  switch (table) {
    case 'characters': {
      const character = row as Row<'characters'>;
      return {
        ...pageFields('character', entityRef('characters', character.slug), character.name),
        aliases: character.aliases.map((alias) => alias.name).join(' · '),
        related: character.portrayedBy.map((actor) => `played by ${personName(actor.person)}`).join(' · '),
        body: [
          character.summary.text,
          ...character.occupations.map((entry) => entry.value),
          ...character.affiliations.map((entry) => entry.value),
        ].join(' '),
        spoils: character.summary.spoils,
      };
    }
    case 'people': {
      const person = row as Row<'people'>;
      return {
        ...pageFields('person', entityRef('people', person.slug), person.name),
        aliases: person.aliases.map((alias) => alias.name).join(' · '),
        related: names
          .playedBy(person.slug)
          .map((name) => `plays ${name}`)
          .join(' · '),
        body: [
          person.summary.text,
          ...person.roles.map((role) => role.value),
          ...person.otherWorks.map((work) => work.title),
        ].join(' '),
      };
    }
    case 'seasons': {
      const season = row as Row<'seasons'>;
      return {
        ...pageFields('season', entityRef('seasons', season.number), season.name),
        aliases: `Jessica Jones season ${season.number}`,
        related: season.directors.map((director) => personName(director.person)).join(' · '),
        body: `${season.summary.text} Premiered ${formatPartialDate(season.premiere.date)} (${season.premiere.date.value}) on ${season.platform.value}.`,
        spoils: season.summary.spoils,
      };
    }
    case 'series':
    case 'topics':
    case 'places': {
      const subject = row as Row<'series' | 'topics' | 'places'>;
      return {
        ...pageFields(subjectTypes[table], entityRef(table, subject.slug), subject.name),
        aliases: 'aliases' in subject ? (subject.aliases ?? []).join(' · ') : '',
        related: '',
        body: subject.summary.text,
        spoils: subject.summary.spoils,
      };
    }
    case 'sources': {
      const source = row as Row<'sources'>;
      return {
        ...pageFields('source', entityRef('sources', source.id), source.title),
        aliases: [source.headline, source.publication ?? ''].join(' · '),
        related: '',
        body: `${source.summary} Published ${formatPartialDate(source.published)} (${source.published.value}).`,
      };
    }
    case 'events': {
      const event = row as Row<'events'>;
      return {
        id: `events:${event.id}`,
        type: 'event',
        title: `${event.title} (${formatPartialDate(event.date)})`,
        ...statementTarget(event.about[0] ?? entityRef('sources', event.sources[0] ?? '')),
        name: '',
        aliases: '',
        related: event.about.map((ref) => names.pageName(ref)).join(' '),
        body: `${event.title}. ${formatPartialDate(event.date)} ${event.date.value} ${event.kind}`,
        spoils: event.spoils,
      };
    }
    case 'quotes': {
      const quote = row as Row<'quotes'>;
      return {
        id: `quotes:${quote.id}`,
        type: 'quote',
        title: `“${clip(quote.text, 48)}” — ${names.pageName(quote.speaker)}`,
        ...statementTarget(quote.speaker),
        name: '',
        aliases: '',
        related: names.pageName(quote.speaker),
        body: `${quote.text} ${quote.context ?? ''}`,
        spoils: quote.spoils,
      };
    }
    case 'facts': {
      const fact = row as Row<'facts'>;
      return {
        id: `facts:${fact.id}`,
        type: 'fact',
        title: clip(fact.text),
        ...statementTarget(fact.about[0] ?? entityRef('sources', fact.sources[0] ?? '')),
        name: '',
        aliases: '',
        related: '',
        body: fact.text,
        spoils: fact.spoils,
      };
    }
    case 'relationships':
      return undefined;
  }
}

/** The id of a row's search document. */
export function documentId(table: IndexedTable, key: string): string {
  return `${table}:${key}`;
}

const indexedTables: IndexedTable[] = [
  'characters',
  'people',
  'seasons',
  'series',
  'topics',
  'places',
  'sources',
  'events',
  'quotes',
  'facts',
];

/** Every document of the wiki, as published or with the fan's edits. */
export async function buildSearchDocuments(db: WikiDatabase, view?: ContentView): Promise<SearchDocument[]> {
  const rows = await Promise.all(indexedTables.map((table) => readTable(db, table, view)));
  const names = new Map<EntityRef, string>();
  // Who each actor plays, grouped in one pass (at 10,000 characters, a scan per person was 50 million comparisons).
  const played = new Map<string, string[]>();
  indexedTables.forEach((table, index) => {
    if (table === 'events' || table === 'quotes' || table === 'facts') return;
    for (const row of rows[index] as Row<typeof table>[]) names.set(entityRef(table, keyOf(table, row)), pageName(row));
  });
  for (const character of (rows[0] ?? []) as Row<'characters'>[])
    for (const person of new Set(character.portrayedBy.map((actor) => actor.person)))
      played.set(person, [...(played.get(person) ?? []), character.name]);
  const context: Names = { pageName: (ref) => names.get(ref) ?? '', playedBy: (slug) => played.get(slug) ?? [] };
  return indexedTables.flatMap((table, index) =>
    (rows[index] ?? []).flatMap((row) => documentOf(table, row, context) ?? []),
  );
}

/** A row a fan's edit changed: what it showed before the edit (null: nothing) and what it shows now. */
export type ChangedRow = { table: CorpusTable; key: string; before: unknown; after: unknown };

/**
 * The documents changed rows touch, each with its new content (undefined: the document goes): the rows' own, and, for
 * a page whose name changed, the statements that show its name and the characters or people it is linked to.
 */
export async function changedDocuments(
  db: WikiDatabase,
  rows: readonly ChangedRow[],
): Promise<Map<string, SearchDocument | undefined>> {
  const touched = new Map<string, { table: CorpusTable; row: Row<CorpusTable> | null }>();
  const touch = (table: CorpusTable, key: string, row: Row<CorpusTable> | null) =>
    touched.set(`${table}/${key}`, { table, row });
  const renamed: EntityRef[] = [];
  for (const { table, key, before, after } of rows) {
    touch(table, key, after as Row<CorpusTable> | null);
    const isPage = table !== 'facts' && table !== 'quotes' && table !== 'events' && table !== 'relationships';
    const nameOf = (row: unknown) => (row === null ? '' : pageName(row as Row<EntityKind>));
    if (isPage && nameOf(before) !== nameOf(after)) renamed.push(entityRef(table as EntityKind, key));
  }
  // Rows that show a renamed page's name, as the fan's wiki has them now.
  await Promise.all(
    renamed.map(async (ref) => {
      const key = refKey(ref);
      const linked = await Promise.all([
        readWhere(db, 'facts', 'about', [ref]),
        readWhere(db, 'quotes', 'speaker', [ref]),
        readWhere(db, 'events', 'about', [ref]),
        refKind(ref) === 'people' ? readWhere(db, 'characters', 'person', [key]) : [],
      ]);
      (['facts', 'quotes', 'events', 'characters'] as const).forEach((table, index) => {
        for (const row of linked[index] ?? [])
          if (!touched.has(`${table}/${keyOf(table, row)}`)) touch(table, String(keyOf(table, row)), row);
      });
      if (refKind(ref) === 'characters') {
        const [character] = await readWhere(db, 'characters', 'slug', [key]);
        const people = await readWhere(db, 'people', 'slug', character?.portrayedBy.map((actor) => actor.person) ?? []);
        for (const person of people) if (!touched.has(`people/${person.slug}`)) touch('people', person.slug, person);
      }
    }),
  );
  const names = await namesFor(
    db,
    [...touched.values()].flatMap(({ table, row }) => (row === null ? [] : [{ table, row }])),
  );
  const documents = new Map<string, SearchDocument | undefined>();
  for (const [id, { table, row }] of touched) {
    if (table === 'relationships') continue;
    documents.set(
      documentId(table, id.slice(table.length + 1)),
      row === null ? undefined : documentOf(table, row, names),
    );
  }
  return documents;
}

/** The names the documents of these rows show, read for them alone. */
async function namesFor(db: WikiDatabase, rows: { table: CorpusTable; row: Row<CorpusTable> }[]): Promise<Names> {
  const refs: EntityRef[] = [];
  const people: string[] = [];
  for (const { table, row } of rows) {
    if (table === 'characters')
      refs.push(...(row as Row<'characters'>).portrayedBy.map((a) => entityRef('people', a.person)));
    if (table === 'seasons') refs.push(...(row as Row<'seasons'>).directors.map((d) => entityRef('people', d.person)));
    if (table === 'people') people.push((row as Row<'people'>).slug);
    if (table === 'facts' || table === 'events') refs.push(...(row as Row<'facts' | 'events'>).about);
    if (table === 'quotes') refs.push((row as Row<'quotes'>).speaker);
  }
  const [links, characters] = await Promise.all([
    readPageLinks(db, refs),
    people.length > 0 ? readWhere(db, 'characters', 'person', people) : [],
  ]);
  return {
    pageName: (ref) => links.get(ref)?.name ?? '',
    playedBy: (slug) =>
      characters.filter((c) => c.portrayedBy.some((actor) => actor.person === slug)).map((c) => c.name),
  };
}
