// The corpus's shape as zod schemas and the TypeScript types inferred from them; the single source of truth for
// seeds/*.json.
import { z } from 'zod';
import { isRealPartialDate } from './dates.ts';
import { dateQualifiers, entityKinds, eventKinds, relationshipKinds } from './kinds.ts';

export const sourceIdSchema = z.string().regex(/^\d{3}_[0-9a-f]{16}$/, 'a source id looks like 000_0123456789abcdef');
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is kebab-case: lower-case letters, digits and single hyphens');

export type EntityKind = (typeof entityKinds)[number];

/** "characters:jessica-jones", "seasons:2", "sources:000_df78bb7452626764": a link to one page of the wiki. */
export const entityRefSchema = z.templateLiteral([z.enum(entityKinds), ':', z.string().min(1)]);
export type EntityRef = z.infer<typeof entityRefSchema>;

export const partialDateSchema = z.object({
  /** "2018-03-08", "2018-03" or "2017": the precision is as fine as the source allows. */
  value: z.string().refine(isRealPartialDate, 'a date is YYYY, YYYY-MM or YYYY-MM-DD and exists in the calendar'),
  qualifier: z.enum(dateQualifiers).optional(),
});
export type PartialDate = z.infer<typeof partialDateSchema>;

const seasonNumberSchema = z.number().int().min(1);
const citation = {
  sources: z.array(sourceIdSchema).min(1, 'every statement cites at least one source'),
  /** The season whose plot this reveals; absent when it reveals none. */
  spoils: seasonNumberSchema.optional(),
};

const citedTextSchema = z.object({ text: z.string().min(1), ...citation });
const citedValueSchema = z.object({ value: z.string().min(1), ...citation });
const aliasSchema = z.object({ name: z.string().min(1), note: z.string().optional(), ...citation });
export type CitedText = z.infer<typeof citedTextSchema>;
export type CitedValue = z.infer<typeof citedValueSchema>;
export type Citation = { sources: string[]; spoils?: number };

export const sourceSchema = z.object({
  id: sourceIdSchema,
  title: z.string().min(1),
  headline: z.string().min(1),
  publication: z.string().optional(),
  published: partialDateSchema,
  dateBasis: z.string().min(1),
  summary: z.string().min(1),
  /** Where a fan-added source can be read (http or https only). */
  url: z.url({ protocol: /^https?$/, error: 'a link starts with http:// or https://' }).optional(),
  /** A short passage of a fan-added source that supports what cites it. */
  excerpt: z.string().max(500, 'an excerpt stays short (500 characters at most)').optional(),
});

export const characterSchema = z.object({
  slug: slugSchema,
  /** Slugs this page had before a rename: old URLs redirect to the current one. */
  formerSlugs: z.array(slugSchema).optional(),
  name: z.string().min(1),
  /** True for a role the sources leave unnamed: its name is our description ("The coed caught by Kilgrave"). */
  unnamed: z.boolean().optional(),
  aliases: z.array(aliasSchema),
  summary: citedTextSchema,
  portrayedBy: z.array(z.object({ person: slugSchema, ...citation })),
  seasons: z.array(z.object({ number: seasonNumberSchema, ...citation })),
  occupations: z.array(citedValueSchema),
  affiliations: z.array(citedValueSchema),
});

export const personSchema = z.object({
  slug: slugSchema,
  /** Slugs this page had before a rename: old URLs redirect to the current one. */
  formerSlugs: z.array(slugSchema).optional(),
  name: z.string().min(1),
  aliases: z.array(aliasSchema),
  summary: citedTextSchema,
  roles: z.array(citedValueSchema).min(1),
  otherWorks: z.array(
    z.object({ title: z.string().min(1), series: slugSchema.optional(), note: z.string().optional(), ...citation }),
  ),
});

export const seasonSchema = z.object({
  number: seasonNumberSchema,
  name: z.string().min(1),
  summary: citedTextSchema,
  premiere: z.object({ date: partialDateSchema, ...citation }),
  platform: citedValueSchema,
  episodeCount: z.object({ value: z.number().int().positive(), ...citation }).optional(),
  directors: z.array(z.object({ person: slugSchema, ...citation })),
});

export const seriesSchema = z.object({
  slug: slugSchema,
  /** Slugs this page had before a rename: old URLs redirect to the current one. */
  formerSlugs: z.array(slugSchema).optional(),
  name: z.string().min(1),
  summary: citedTextSchema,
  platform: citedValueSchema,
});

export const topicSchema = z.object({
  slug: slugSchema,
  /** Slugs this page had before a rename: old URLs redirect to the current one. */
  formerSlugs: z.array(slugSchema).optional(),
  name: z.string().min(1),
  /** Other words fans search for this theme by. */
  aliases: z.array(z.string().min(1)).optional(),
  summary: citedTextSchema,
});

export const placeSchema = z.object({
  slug: slugSchema,
  formerSlugs: z.array(slugSchema).optional(),
  name: z.string().min(1),
  summary: citedTextSchema,
});

export const factSchema = z.object({
  id: slugSchema,
  text: z.string().min(1),
  about: z.array(entityRefSchema).min(1),
  ...citation,
});

export const quoteSchema = z.object({
  id: slugSchema,
  text: z.string().min(1).max(200, 'quotes stay short'),
  speaker: entityRefSchema,
  context: z.string().optional(),
  about: z.array(entityRefSchema),
  ...citation,
});

export const relationshipSchema = z.object({
  id: slugSchema,
  from: slugSchema,
  to: slugSchema,
  kind: z.enum(relationshipKinds),
  label: z.string().min(1),
  ...citation,
});

export const eventSchema = z.object({
  id: slugSchema,
  title: z.string().min(1),
  kind: z.enum(eventKinds),
  date: partialDateSchema,
  /** For an expectation: the event that actually happened instead. */
  outcome: slugSchema.optional(),
  about: z.array(entityRefSchema).min(1),
  ...citation,
});

/** One schema per seed file; the file is `seeds/<key>.json`. */
export const corpusTableSchemas = {
  sources: z.array(sourceSchema),
  characters: z.array(characterSchema),
  people: z.array(personSchema),
  seasons: z.array(seasonSchema),
  series: z.array(seriesSchema),
  topics: z.array(topicSchema),
  places: z.array(placeSchema),
  facts: z.array(factSchema),
  quotes: z.array(quoteSchema),
  relationships: z.array(relationshipSchema),
  events: z.array(eventSchema),
};
export const corpusSchema = z.object(corpusTableSchemas);

export type Source = z.infer<typeof sourceSchema>;
export type Character = z.infer<typeof characterSchema>;
export type Person = z.infer<typeof personSchema>;
export type Season = z.infer<typeof seasonSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Relationship = z.infer<typeof relationshipSchema>;
export type WikiEvent = z.infer<typeof eventSchema>;
export type Corpus = z.infer<typeof corpusSchema>;
export type CorpusTable = keyof Corpus;
export const corpusTables = Object.keys(corpusTableSchemas) as CorpusTable[];
