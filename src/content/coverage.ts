// seeds/coverage.json, the sentence-by-sentence reading of the four articles: its zod schema, the sentence rule, the
// check that every carrier it names exists and cites the article, and the per-source digest order the source pages
// ship.
import { z } from 'zod';
import { citedSourceIds, citesSource } from './citations.ts';
import { refKey, refKind } from './refs.ts';
import { entityKinds } from './kinds.ts';
import { sourceIdSchema, type Corpus, type CorpusTable } from './schema.ts';

/** Why a sentence of an article is not in the wiki. */
export const omissionReasons = [
  'advertising', // the publisher's promotions: other videos, "Watch Now"
  'navigation', // links to other stories, "NEXT:", "More in TV News"
  'image', // image markup, captions and alt text
  'not about the show', // teasers for unrelated articles
  'framing', // the article's own signposting ("Check out the featurette below"): it states nothing about the show
] as const;

/**
 * A statement in the corpus: a row of facts, quotes, events or relationships ("facts:abuse-off-screen"), or one field
 * of a page ("characters:jessica-jones/portrayedBy").
 */
export const carrierSchema = z.union([
  z.templateLiteral([z.enum(['facts', 'quotes', 'events', 'relationships']), ':', z.string().min(1)]),
  z.templateLiteral([z.enum(entityKinds), ':', z.string().min(1), '/', z.string().min(1)]),
]);
export type Carrier = z.infer<typeof carrierSchema>;

const sentenceSchema = z.union([
  z.strictObject({ opens: z.string().min(1), carriedBy: z.array(carrierSchema).min(1) }),
  z.strictObject({ opens: z.string().min(1), left: z.enum(omissionReasons) }),
]);

export const coverageSchema = z.strictObject({
  articles: z.array(z.strictObject({ source: sourceIdSchema, sentences: z.array(sentenceSchema).min(1) })),
});
export type Coverage = z.infer<typeof coverageSchema>;

/** How many words of a sentence coverage.json keeps to name it. */
export const openingWords = 6;

/**
 * The sentence rule: each non-blank line of an article (whitespace collapsed) is split after `.`, `!`, `?` or `…` (with
 * any closing quotes or brackets) where whitespace follows and the next character is not a lower-case letter, unless the
 * word before the stop is an initial ("J.R."). A line without a stop (a heading, an image, a link) is one sentence.
 */
export function splitSentences(article: string): string[] {
  const sentences: string[] = [];
  for (const rawLine of article.split('\n')) {
    const line = rawLine.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    let start = 0;
    for (const stop of line.matchAll(/([.!?…]["”’)\]]*)\s+(?=\S)/g)) {
      const end = stop.index + (stop[1]?.length ?? 0);
      const next = line.charAt(stop.index + stop[0].length);
      const wordBefore = (/(\S+)$/.exec(line.slice(0, stop.index + 1))?.[1] ?? '').replace(/\.$/, '');
      if (/\p{Ll}/u.test(next) || /^(?:[A-Z]\.)*[A-Z]$/.test(wordBefore)) continue;
      sentences.push(line.slice(start, end));
      start = stop.index + stop[0].length;
    }
    sentences.push(line.slice(start));
  }
  return sentences;
}

/** The opening words coverage.json names a sentence by. */
export function openingOf(sentence: string): string {
  return sentence.split(' ').slice(0, openingWords).join(' ');
}

const rowKey: Partial<Record<CorpusTable, (row: Record<string, unknown>) => string>> = {
  seasons: (row) => String(row.number),
  sources: (row) => String(row.id),
  facts: (row) => String(row.id),
  quotes: (row) => String(row.id),
  events: (row) => String(row.id),
  relationships: (row) => String(row.id),
};

/** The corpus row (and field, for a page field) a carrier names, or undefined when there is none. */
export function resolveCarrier(
  corpus: Corpus,
  carrier: Carrier,
): { table: CorpusTable; row: Record<string, unknown>; field?: string } | undefined {
  const table = refKind(carrier as never) as CorpusTable;
  const rest = refKey(carrier as never);
  const slash = rest.indexOf('/');
  const isPageField = (entityKinds as readonly string[]).includes(table);
  const key = isPageField ? rest.slice(0, slash) : rest;
  const keyOf = rowKey[table] ?? ((row: Record<string, unknown>) => String(row.slug));
  const row = (corpus[table] as Record<string, unknown>[]).find((candidate) => keyOf(candidate) === key);
  if (!row) return undefined;
  if (!isPageField) return { table, row };
  const field = rest.slice(slash + 1);
  return field in row ? { table, row, field } : undefined;
}

export type CoverageProblem = { path: string; message: string };

/**
 * What is wrong with a coverage reading against the corpus: unknown articles or carriers, and carriers that do not cite
 * the article.
 */
export function findCoverageProblems(coverage: Coverage, corpus: Corpus): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  const sourceIds = new Set(corpus.sources.map((source) => source.id));
  coverage.articles.forEach((article, i) => {
    if (!sourceIds.has(article.source))
      problems.push({ path: `articles[${i}].source`, message: `"${article.source}" is not in seeds/sources.json` });
    article.sentences.forEach((sentence, j) => {
      if (!('carriedBy' in sentence)) return;
      sentence.carriedBy.forEach((carrier, k) => {
        const path = `articles[${i}].sentences[${j}].carriedBy[${k}]`;
        const found = resolveCarrier(corpus, carrier);
        if (!found) problems.push({ path, message: `"${carrier}" is not in the corpus` });
        else if (
          found.table === 'sources'
            ? found.row.id !== article.source
            : !citesSource(found.field ? found.row[found.field] : found.row, article.source)
        )
          problems.push({ path, message: `"${carrier}" does not cite ${article.source}` });
      });
    });
  });
  return problems;
}

/** The statement tables whose every row citing an article must be placed at one of its sentences. */
export const placedTables = ['facts', 'quotes', 'events'] as const;

/**
 * The facts, quotes and events that cite an article coverage.json reads but are carried by none of its sentences.
 * Statements citing only sources it does not read (fans' sources merged by pack:apply) need no place.
 */
export function unplacedStatements(coverage: Coverage, corpus: Corpus): Carrier[] {
  const articles = new Set(coverage.articles.map((article) => article.source));
  const placed = new Set(
    coverage.articles.flatMap((article) =>
      article.sentences.flatMap((sentence) => ('carriedBy' in sentence ? sentence.carriedBy : [])),
    ),
  );
  return placedTables.flatMap((table) =>
    corpus[table]
      .filter((row) => [...citedSourceIds(row)].some((id) => articles.has(id)))
      .map((row) => `${table}:${row.id}` as Carrier)
      .filter((carrier) => !placed.has(carrier)),
  );
}

/**
 * For each source, the statements its article makes in the article's order, each once; its own fields (headline,
 * summary) are left out, the page shows them.
 */
export function digestOrder(coverage: Coverage): Record<string, Carrier[]> {
  return Object.fromEntries(
    coverage.articles.map((article) => {
      const carriers = article.sentences.flatMap((sentence) => ('carriedBy' in sentence ? sentence.carriedBy : []));
      return [article.source, [...new Set(carriers)].filter((carrier) => !carrier.startsWith('sources:'))];
    }),
  );
}
