// Merges an edit pack into the seed corpus for a maintainer (`npm run pack:apply`), as data: a change made on the
// seeds' row applies, one the seeds already show is skipped silently (so a second run changes nothing), anything else
// is a conflict settled by --ours (the pack's row) or --theirs (the seeds'), or skipped. seeds/coverage.json follows:
// a statement citing one of the articles it reads is placed at the sentence its text (or its source's excerpt)
// matches, or skipped; carriers a change leaves wrong are taken off their sentences (or follow a renamed page), unless
// a sentence would be left with none.
import { citedSourceIds } from '../src/content/citations.ts';
import {
  findCoverageProblems,
  openingOf,
  placedTables,
  splitSentences,
  unplacedStatements,
  type Carrier,
  type Coverage,
} from '../src/content/coverage.ts';
import type { EditPack, EditPackChange } from '../src/content/edit-pack.ts';
import type { Corpus, CorpusTable } from '../src/content/schema.ts';
import { keyOf, type Row } from '../src/content/tables.ts';
import { sameData } from '../src/content/row-fields.ts';

/** What to do with a change the seeds have changed too: skip it, take the pack's row, or keep the seeds'. */
export type ConflictChoice = 'skip' | 'ours' | 'theirs';

export type MergeOutcome = {
  table: CorpusTable;
  key: string;
  result: 'added' | 'changed' | 'removed' | 'already applied' | 'skipped';
  /** Why a change was skipped, or how a conflict was settled. */
  reason?: string;
  /** Skipped, and the seeds differ from the pack's row: the maintainer must settle it (a conflict, or a place). */
  unresolved?: boolean;
};

export type MergeResult = { corpus: Corpus; coverage: Coverage; outcomes: MergeOutcome[] };

/** Text compared for a match: lower-case letters and digits, one space between words, quotes made plain. */
function normalised(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A contained passage this short (in words) is too common to place a statement by. */
const fewestWords = 4;

function contains(outer: string, inner: string): boolean {
  return inner.split(' ').length >= fewestWords && outer.includes(inner);
}

/**
 * The sentences of each article, aligned with coverage.json's: the article's own (when its text is given and splits
 * into the sentences coverage.json lists), else the opening words coverage.json keeps.
 */
function articleSentences(coverage: Coverage, articles: Readonly<Record<string, string>>): Map<string, string[]> {
  return new Map(
    coverage.articles.map((article) => {
      const openings = article.sentences.map((sentence) => sentence.opens);
      const text = articles[article.source];
      const sentences = text === undefined ? undefined : splitSentences(text);
      const aligned = sentences?.length === openings.length && sentences.every((s, i) => openingOf(s) === openings[i]);
      return [article.source, aligned && sentences ? sentences : openings];
    }),
  );
}

/** The text a statement says: a fact's or quote's text, an event's title. */
function statementText(table: (typeof placedTables)[number], row: Row<typeof table>): string {
  return 'title' in row ? row.title : row.text;
}

/**
 * Where to place a statement: in each article it cites, the first sentence that already carries statements and that
 * its text, or one of its sources' excerpts, contains or is contained in (at least four words).
 */
function placesFor(
  table: (typeof placedTables)[number],
  row: Row<typeof table>,
  corpus: Corpus,
  coverage: Coverage,
  sentences: Map<string, string[]>,
): { article: number; sentence: number }[] {
  const cited = citedSourceIds(row);
  const excerpts = corpus.sources.filter((source) => cited.has(source.id)).map((source) => source.excerpt ?? '');
  const candidates = [statementText(table, row), ...excerpts].map(normalised).filter(Boolean);
  return coverage.articles.flatMap((article, i) => {
    if (!cited.has(article.source)) return [];
    const texts = (sentences.get(article.source) ?? []).map(normalised);
    const j = article.sentences.findIndex(
      (sentence, index) =>
        'carriedBy' in sentence &&
        candidates.some(
          (candidate) => contains(candidate, texts[index] ?? '') || contains(texts[index] ?? '', candidate),
        ),
    );
    return j === -1 ? [] : [{ article: i, sentence: j }];
  });
}

const carrierPath = /^articles\[(\d+)\]\.sentences\[(\d+)\]\.carriedBy\[(\d+)\]$/;

/** A page field's carrier under the page's new slug, when the page it names was renamed (its row lists the old slug). */
function renamedCarrier(corpus: Corpus, carrier: Carrier): Carrier | undefined {
  const [, table, slug, field] = /^(\w+):([^/]+)\/(.+)$/.exec(carrier) ?? [];
  const rows = corpus[table as CorpusTable] as { slug?: string; formerSlugs?: string[] }[] | undefined;
  const renamed = rows?.find((row) => row.formerSlugs?.includes(slug ?? ''));
  return renamed ? (`${table}:${renamed.slug}/${field}` as Carrier) : undefined;
}

/**
 * Brings coverage.json in line with `corpus` after one row changed: carriers it made wrong come off their sentences,
 * and the row, when it must be placed, is placed. Returns why it cannot be (a sentence left without carriers, or no
 * sentence found), or the coverage.
 */
function followCoverage(
  coverage: Coverage,
  corpus: Corpus,
  change: EditPackChange,
  sentences: Map<string, string[]>,
): Coverage | string {
  const next: Coverage = structuredClone(coverage);
  for (const problem of findCoverageProblems(coverage, corpus)) {
    const [, i, j, k] = carrierPath.exec(problem.path) ?? [];
    const sentence = next.articles[Number(i)]?.sentences[Number(j)];
    if (!sentence || !('carriedBy' in sentence)) return `seeds/coverage.json ${problem.path}: ${problem.message}`;
    const carrier = coverage.articles[Number(i)]?.sentences[Number(j)];
    const wrong = carrier && 'carriedBy' in carrier ? carrier.carriedBy[Number(k)] : undefined;
    const renamed = wrong && renamedCarrier(corpus, wrong);
    sentence.carriedBy = sentence.carriedBy.flatMap((name) => (name !== wrong ? [name] : renamed ? [renamed] : []));
    if (sentence.carriedBy.length === 0)
      return `it alone carries the sentence “${sentence.opens}…” of ${coverage.articles[Number(i)]?.source} in seeds/coverage.json`;
  }
  const table = change.table as (typeof placedTables)[number];
  if (change.value === null || !(placedTables as readonly string[]).includes(table)) return next;
  const carrier = `${table}:${change.key}` as Carrier;
  if (!unplacedStatements(next, corpus).includes(carrier)) return next;
  const places = placesFor(table, change.value as Row<typeof table>, corpus, next, sentences);
  if (places.length === 0) return 'needs a place in seeds/coverage.json (no sentence of the articles it cites matches)';
  for (const place of places) {
    const sentence = next.articles[place.article]?.sentences[place.sentence];
    if (sentence && 'carriedBy' in sentence) sentence.carriedBy.push(carrier);
  }
  return next;
}

/** The corpus with one row changed: replaced where it was, added at the end, or taken out. */
function withRow(corpus: Corpus, change: EditPackChange): Corpus {
  const rows = corpus[change.table] as Row<CorpusTable>[];
  const index = rows.findIndex((row) => String(keyOf(change.table, row)) === change.key);
  const next = [...rows];
  if (change.value === null) next.splice(index, 1);
  else if (index === -1) next.push(change.value);
  else next[index] = change.value;
  return { ...corpus, [change.table]: next };
}

export type MergeOptions = {
  onConflict: ConflictChoice;
  /** The articles' texts by source id, to place statements by (coverage.json's opening words otherwise). */
  articles?: Readonly<Record<string, string>>;
};

/** Merges `pack` into the seed corpus and its coverage reading; the caller validates and writes the result. */
export function mergePack(corpus: Corpus, coverage: Coverage, pack: EditPack, options: MergeOptions): MergeResult {
  const sentences = articleSentences(coverage, options.articles ?? {});
  let merged = corpus;
  let reading = coverage;
  // Removals last: a page renamed (removed, and added under a new slug that lists the old one) keeps its coverage.
  const ordered = [...pack.changes.filter((c) => c.value !== null), ...pack.changes.filter((c) => c.value === null)];
  const outcomes = ordered.map((change): MergeOutcome => {
    const { table, key } = change;
    const seedsRow = (merged[table] as Row<CorpusTable>[]).find((row) => String(keyOf(table, row)) === key) ?? null;
    if (sameData(seedsRow, change.value)) return { table, key, result: 'already applied' };
    let settled: string | undefined;
    if (!sameData(seedsRow, change.base)) {
      const differs =
        seedsRow === null ? 'the seeds no longer have this row' : 'the seeds’ row is not the one the pack changed';
      if (options.onConflict === 'skip')
        return { table, key, result: 'skipped', reason: `conflict: ${differs}`, unresolved: true };
      if (options.onConflict === 'theirs')
        return { table, key, result: 'skipped', reason: `conflict: ${differs}; kept the seeds’ (--theirs)` };
      settled = `conflict: ${differs}; took the pack’s (--ours)`;
    }
    const next = withRow(merged, change);
    const followed = followCoverage(reading, next, change, sentences);
    if (typeof followed === 'string') return { table, key, result: 'skipped', reason: followed, unresolved: true };
    merged = next;
    reading = followed;
    const result = change.value === null ? 'removed' : seedsRow === null ? 'added' : 'changed';
    return { table, key, result, ...(settled ? { reason: settled } : {}) };
  });
  return { corpus: merged, coverage: reading, outcomes };
}
