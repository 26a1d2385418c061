// Turns the database's content into search documents: one per page, fact, quote and event, with the names, aliases and
// links fans search by.
import { formatPartialDate } from '../../../content/dates';
import { entityRef } from '../../../content/refs';
import type { Character, EntityRef } from '../../../content/schema';
import { readTable } from '../../../db/read-content';
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

export async function buildSearchDocuments(db: WikiDatabase): Promise<SearchDocument[]> {
  const [characters, people, seasons, series, topics, places, sources, facts, quotes, events] = await Promise.all([
    readTable(db, 'characters'),
    readTable(db, 'people'),
    readTable(db, 'seasons'),
    readTable(db, 'series'),
    readTable(db, 'topics'),
    readTable(db, 'places'),
    readTable(db, 'sources'),
    readTable(db, 'facts'),
    readTable(db, 'quotes'),
    readTable(db, 'events'),
  ]);
  const personName = new Map(people.map((person) => [person.slug, person.name]));
  const subjects = [
    ['series', 'series', series],
    ['topics', 'topic', topics],
    ['places', 'place', places],
  ] as const;
  const pageName = new Map<string, string>([
    ...characters.map((row) => [entityRef('characters', row.slug), row.name] as const),
    ...people.map((row) => [entityRef('people', row.slug), row.name] as const),
    ...seasons.map((row) => [entityRef('seasons', row.number), row.name] as const),
    ...subjects.flatMap(([kind, , rows]) => rows.map((row) => [entityRef(kind, row.slug), row.name] as const)),
    ...sources.map((row) => [entityRef('sources', row.id), row.title] as const),
  ]);
  const statementTarget = (target: EntityRef) => ({ target, targetName: pageName.get(target) ?? '' });
  // Who each actor plays, grouped in one pass (at 10,000 characters, a scan per person was 50 million comparisons).
  const charactersByActor = new Map<string, Character[]>();
  for (const character of characters) {
    for (const person of new Set(character.portrayedBy.map((actor) => actor.person))) {
      const played = charactersByActor.get(person);
      if (played) played.push(character);
      else charactersByActor.set(person, [character]);
    }
  }
  const playedBy = (slug: string) => charactersByActor.get(slug) ?? [];

  return [
    ...characters.map((row): SearchDocument => ({
      ...pageFields('character', entityRef('characters', row.slug), row.name),
      aliases: row.aliases.map((alias) => alias.name).join(' · '),
      related: row.portrayedBy.map((actor) => `played by ${personName.get(actor.person) ?? actor.person}`).join(' · '),
      body: [
        row.summary.text,
        ...row.occupations.map((entry) => entry.value),
        ...row.affiliations.map((entry) => entry.value),
      ].join(' '),
      spoils: row.summary.spoils,
    })),
    ...people.map((row): SearchDocument => ({
      ...pageFields('person', entityRef('people', row.slug), row.name),
      aliases: row.aliases.map((alias) => alias.name).join(' · '),
      related: playedBy(row.slug)
        .map((character) => `plays ${character.name}`)
        .join(' · '),
      body: [
        row.summary.text,
        ...row.roles.map((role) => role.value),
        ...row.otherWorks.map((work) => work.title),
      ].join(' '),
    })),
    ...seasons.map((row): SearchDocument => ({
      ...pageFields('season', entityRef('seasons', row.number), row.name),
      aliases: `Jessica Jones season ${row.number}`,
      related: row.directors.map((director) => personName.get(director.person) ?? director.person).join(' · '),
      body: `${row.summary.text} Premiered ${formatPartialDate(row.premiere.date)} (${row.premiere.date.value}) on ${row.platform.value}.`,
      spoils: row.summary.spoils,
    })),
    ...subjects.flatMap(([kind, type, rows]) =>
      rows.map((row): SearchDocument => ({
        ...pageFields(type, entityRef(kind, row.slug), row.name),
        aliases: 'aliases' in row ? (row.aliases ?? []).join(' · ') : '',
        related: '',
        body: row.summary.text,
        spoils: row.summary.spoils,
      })),
    ),
    ...sources.map((row): SearchDocument => ({
      ...pageFields('source', entityRef('sources', row.id), row.title),
      aliases: [row.headline, row.publication ?? ''].join(' · '),
      related: '',
      body: `${row.summary} Published ${formatPartialDate(row.published)} (${row.published.value}).`,
    })),
    ...events.map((row): SearchDocument => ({
      id: `events:${row.id}`,
      type: 'event',
      title: `${row.title} (${formatPartialDate(row.date)})`,
      ...statementTarget(row.about[0] ?? entityRef('sources', row.sources[0] ?? '')),
      name: '',
      aliases: '',
      related: row.about.map((ref) => pageName.get(ref) ?? '').join(' '),
      body: `${row.title}. ${formatPartialDate(row.date)} ${row.date.value} ${row.kind}`,
      spoils: row.spoils,
    })),
    ...quotes.map((row): SearchDocument => ({
      id: `quotes:${row.id}`,
      type: 'quote',
      title: `“${clip(row.text, 48)}” — ${pageName.get(row.speaker) ?? ''}`,
      ...statementTarget(row.speaker),
      name: '',
      aliases: '',
      related: pageName.get(row.speaker) ?? '',
      body: `${row.text} ${row.context ?? ''}`,
      spoils: row.spoils,
    })),
    ...facts.map((row): SearchDocument => ({
      id: `facts:${row.id}`,
      type: 'fact',
      title: clip(row.text),
      ...statementTarget(row.about[0] ?? entityRef('sources', row.sources[0] ?? '')),
      name: '',
      aliases: '',
      related: '',
      body: row.text,
      spoils: row.spoils,
    })),
  ];
}
