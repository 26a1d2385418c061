// Turns the digest's carriers ("facts:abuse-off-screen", "characters:kilgrave/portrayedBy") into statements a fan
// reads: our words, the page that carries each, and its spoiler tag.
import { formatPartialDate } from '../../../content/dates';
import type { EntityLink } from '../../../content/links';
import { entityRef } from '../../../content/refs';
import type { EntityKind, EntityRef, Fact, PartialDate, Quote, Relationship, WikiEvent } from '../../../content/schema';

export type DigestStatement = {
  carrier: string;
  text: string;
  speaker?: EntityLink;
  date?: PartialDate;
  spoils?: number;
  page: EntityLink;
};

/** Everything the statements are made from: the rows the carriers name, and the names of the pages they point to. */
export type DigestRows = {
  facts: Map<string, Fact>;
  quotes: Map<string, Quote>;
  events: Map<string, WikiEvent>;
  relationships: Map<string, Relationship>;
  pages: Map<EntityRef, Record<string, unknown>>;
  names: Map<EntityRef, EntityLink>;
};

type CitedItem = { sources: string[]; spoils?: number; [field: string]: unknown };

/** A carrier split into its table, its row's key and (for a page's field) the field. */
export function parseCarrier(carrier: string): { table: string; key: string; field?: string } {
  const colon = carrier.indexOf(':');
  const table = carrier.slice(0, colon);
  const rest = carrier.slice(colon + 1);
  const slash = rest.indexOf('/');
  return slash < 0 || ['facts', 'quotes', 'events', 'relationships'].includes(table)
    ? { table, key: rest }
    : { table, key: rest.slice(0, slash), field: rest.slice(slash + 1) };
}

/** The pages a page field names besides its own (the actors of `portrayedBy`, the directors of a season). */
export function fieldPeople(row: Record<string, unknown>, field: string, sourceId: string): EntityRef[] {
  return citedItems(row[field], sourceId).flatMap((item) =>
    typeof item.person === 'string' ? [entityRef('people', item.person)] : [],
  );
}

function citedItems(value: unknown, sourceId: string): CitedItem[] {
  const items = (Array.isArray(value) ? value : [value]) as (CitedItem | undefined)[];
  return items.filter((item): item is CitedItem => Array.isArray(item?.sources) && item.sources.includes(sourceId));
}

function list(words: string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function fieldText(name: string, field: string, items: CitedItem[], names: (ref: EntityRef) => string): string {
  const values = items.map((item) => String(item.value ?? item.name ?? item.title ?? item.text ?? ''));
  const people = () => list(items.map((item) => names(entityRef('people', String(item.person)))));
  switch (field) {
    case 'summary':
      return values[0] ?? name;
    case 'portrayedBy':
      return `${name} is played by ${people()}`;
    case 'directors':
      return `${name}'s directors include ${people()}`;
    case 'aliases':
      return `${name} is named ${list(values.map((value) => `“${value}”`))} in this article`;
    case 'otherWorks':
      return `${name}'s other work: ${list(values)}`;
    case 'premiere':
      return `${name} premieres ${list(items.map((item) => formatPartialDate(item.date as PartialDate)))}`;
    case 'platform':
      return `${name} is on ${list(values)}`;
    case 'episodeCount':
      return `${name} has ${list(values)} episodes`;
    case 'seasons':
      return `${name} appears in ${list(items.map((item) => `Season ${String(item.number)}`))}`;
    default:
      return `${name}: ${list(values)}`;
  }
}

function highestSpoiler(items: { spoils?: number }[]): number | undefined {
  const seasons = items.flatMap((item) => (item.spoils === undefined ? [] : [item.spoils]));
  return seasons.length > 0 ? Math.max(...seasons) : undefined;
}

/** The statements, in the carriers' order; a carrier whose row has left the corpus is left out. */
export function digestStatements(carriers: readonly string[], sourceId: string, rows: DigestRows): DigestStatement[] {
  const link = (ref: EntityRef): EntityLink => rows.names.get(ref) ?? { ref, name: ref };
  const name = (ref: EntityRef) => link(ref).name;
  // A statement about the article itself (its publication) links to the other page it concerns, not back to this one.
  const itself = entityRef('sources', sourceId);
  const pageOf = (about: EntityRef[]) => about.find((ref) => ref !== itself) ?? about[0];
  return carriers.flatMap((carrier): DigestStatement[] => {
    const { table, key, field } = parseCarrier(carrier);
    if (table === 'facts') {
      const fact = rows.facts.get(key);
      const page = fact && pageOf(fact.about);
      return fact && page ? [{ carrier, text: fact.text, spoils: fact.spoils, page: link(page) }] : [];
    }
    if (table === 'quotes') {
      const quote = rows.quotes.get(key);
      return quote
        ? [
            {
              carrier,
              text: quote.text,
              speaker: link(quote.speaker),
              spoils: quote.spoils,
              page: link(pageOf(quote.about) ?? quote.speaker),
            },
          ]
        : [];
    }
    if (table === 'events') {
      const event = rows.events.get(key);
      const page = event && pageOf(event.about);
      return event && page
        ? [{ carrier, text: event.title, date: event.date, spoils: event.spoils, page: link(page) }]
        : [];
    }
    if (table === 'relationships') {
      const relationship = rows.relationships.get(key);
      if (!relationship) return [];
      const from = entityRef('characters', relationship.from);
      const text = `${name(from)} and ${name(entityRef('characters', relationship.to))}: ${relationship.label}`;
      return [{ carrier, text, spoils: relationship.spoils, page: link(from) }];
    }
    const ref = entityRef(table as EntityKind, key);
    const row = rows.pages.get(ref);
    const items = field && row ? citedItems(row[field], sourceId) : [];
    if (!field || items.length === 0) return [];
    return [
      { carrier, text: fieldText(name(ref), field, items, name), spoils: highestSpoiler(items), page: link(ref) },
    ];
  });
}
