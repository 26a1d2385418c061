// What each kind is called on screen: page kinds (badges, headings, "not found" pages, the way back to their list),
// event kinds and relationship kinds. Declared once, for every feature.
import type { EntityKind } from './schema.ts';
import type { eventKinds, relationshipKinds } from './kinds.ts';

type PageKindLabel = {
  /** A badge or eyebrow for one page: "Character". */
  one: string;
  /** A heading over many: "Characters". */
  many: string;
  /** In a sentence: "No character called …". */
  noun: string;
  /** The link back to the list. */
  all: string;
};

export const pageKindLabels: Record<EntityKind, PageKindLabel> = {
  characters: { one: 'Character', many: 'Characters', noun: 'character', all: 'All characters' },
  people: { one: 'Cast & crew', many: 'Cast & crew', noun: 'person', all: 'All cast and crew' },
  seasons: { one: 'Season', many: 'Seasons', noun: 'season', all: 'All seasons' },
  series: { one: 'Series', many: 'Series', noun: 'series', all: 'All series' },
  topics: { one: 'Topic', many: 'Topics', noun: 'topic', all: 'All topics' },
  places: { one: 'Place', many: 'Places', noun: 'place', all: 'All places' },
  sources: { one: 'Source', many: 'Sources', noun: 'source', all: 'All sources' },
};

/** In a sentence, what one row of each statement table is: "fact". */
export const statementNouns = {
  facts: 'fact',
  quotes: 'quote',
  events: 'event',
  relationships: 'relationship',
} as const;

export const eventKindLabels: Record<(typeof eventKinds)[number], string> = {
  premiere: 'Premiere',
  announcement: 'Announcement',
  production: 'Production',
  press: 'Press',
  publication: 'Article',
};

export const relationshipKindLabels: Record<(typeof relationshipKinds)[number], string> = {
  friends: 'Friends',
  romance: 'Romance',
  neighbours: 'Neighbours',
  enemies: 'Enemies',
  colleagues: 'Colleagues',
  employer: 'Employer',
  family: 'Family',
};
