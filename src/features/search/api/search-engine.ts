// The search engine: MiniSearch configured for the wiki (folding, typo tolerance, field boosts), and results with
// highlighted snippets.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { EntityKind, EntityRef } from '../../../content/schema';
import { normaliseQuery } from './query-text';
import type { SearchCall } from './search-protocol';
import type { SearchDocument, SearchDocumentType } from './search-documents';

const apostrophes = /['’‘ʼ`´]/g;
const separators = /[\s\p{P}\p{S}]+/u;

/** "Jessica’s" = "jessicas" = "jessica's"; case and diacritics fold; punctuation and symbols separate words. */
export function tokenize(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(apostrophes, '').split(separators);
}

export function processTerm(term: string): string | null {
  const folded = term.toLowerCase();
  return folded.length > 0 ? folded : null;
}

const fields = ['name', 'aliases', 'related', 'body'] as const;
const pageTypes = new Set<SearchDocumentType>(['character', 'person', 'season', 'series', 'topic', 'place', 'source']);
/**
 * Pages outrank the facts, quotes and events that mention them; characters, then people, are what fans look for most;
 * source articles least of the pages.
 */
const typeBoosts: Partial<Record<SearchDocumentType, number>> = {
  character: 1.7,
  person: 1.6,
  season: 1.5,
  series: 1.5,
  topic: 1.5,
  place: 1.5,
  source: 1.2,
};

const indexOptions = {
  idField: 'id',
  fields: [...fields],
  storeFields: ['type', 'title', 'target', 'targetName', 'spoils', ...fields],
  tokenize,
  processTerm,
  searchOptions: {
    boost: { name: 6, aliases: 4, related: 2, body: 1 },
    fuzzy: typoDistance,
    // Only the word being typed (the last) is a prefix; the words before it are complete.
    prefix: (term: string, index: number, terms: string[]) => index === terms.length - 1 && term.length >= 2,
    weights: { prefix: 0.5, fuzzy: 0.25 },
    boostDocument: (_id: unknown, term: string, stored?: Record<string, unknown>) => documentBoost(term, stored),
  },
};

/** One typo in words of 4+ letters, two in words of 8+; numbers (years) match exactly. */
function typoDistance(term: string): number | false {
  return /^\d+$/.test(term) ? false : term.length >= 8 ? 2 : term.length >= 4 ? 1 : false;
}

const nameTermsCache = new Map<string, string[]>();
function nameTerms(name: string): string[] {
  let terms = nameTermsCache.get(name);
  if (!terms) {
    terms = queryTerms(name);
    nameTermsCache.set(name, terms);
  }
  return terms;
}

/**
 * The type's boost, raised when the matched word is much of the page's name: "Kilgrave" outranks "The coed caught by
 * Kilgrave".
 */
function documentBoost(term: string, stored?: Record<string, unknown>): number {
  const typeBoost = typeBoosts[stored?.type as SearchDocumentType] ?? 1;
  const terms = nameTerms(String(stored?.name ?? ''));
  return typeBoost * (terms.includes(term) ? 1 + 1 / terms.length : 1);
}

export type SearchIndex = MiniSearch<SearchDocument>;

export function createSearchIndex(documents: SearchDocument[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>(indexOptions);
  index.addAll(documents);
  return index;
}

export function loadSearchIndex(json: string): SearchIndex {
  return MiniSearch.loadJSON<SearchDocument>(json, indexOptions);
}

export type SnippetPart = { text: string; match: boolean };
export type SearchHit = {
  id: string;
  type: SearchDocumentType;
  title: string;
  target: EntityRef;
  targetName: string;
  spoils?: number;
  score: number;
  /** A piece of the field that matched, with the matched words marked. */
  snippet: SnippetPart[];
};

export type SearchRequest = {
  query: string;
  limit?: number;
  /** The spoiler shield's hook: results revealing a season above this are left out. */
  spoilerLevel?: number;
};

/**
 * Exact and prefix matches first; only the words that found nothing that way are then searched with typo tolerance.
 * Typo-tolerant search is the expensive part at 50,000 pages, and a word that is in the index is not a typo.
 */
export function search(index: SearchIndex, { query, limit = 50, spoilerLevel = Infinity }: SearchRequest): SearchHit[] {
  const text = normaliseQuery(query);
  if (text.length === 0) return [];
  const filter = Number.isFinite(spoilerLevel)
    ? (result: SearchResult) => ((result.spoils as number | undefined) ?? 0) <= spoilerLevel
    : undefined;
  const exact = index.search(text, { fuzzy: false, filter });
  const unmatched = new Set(queryTerms(text));
  for (const result of exact) {
    for (const term of result.queryTerms) unmatched.delete(term);
    if (unmatched.size === 0) break;
  }
  const results =
    unmatched.size === 0
      ? exact
      : index.search(text, { fuzzy: (term) => (unmatched.has(term) ? typoDistance(term) : false), filter });
  return results.slice(0, limit).map(toHit);
}

/** The folded words of a text, as the index stores them. */
function queryTerms(text: string): string[] {
  return tokenize(text).flatMap((token) => processTerm(token) ?? []);
}

/** For "did you mean": the page names closest to a query that found nothing. */
export type ClosestNamesRequest = {
  query: string;
  limit?: number;
  /** Prefer pages of this kind (a not-found page's); other pages come only when none of this kind is close. */
  within?: EntityKind;
};

/** The pages (never facts or anything that spoils) whose names or aliases come closest to `query`. */
export function closestNames(index: SearchIndex, { query, limit = 3, within }: ClosestNamesRequest): SearchHit[] {
  const text = normaliseQuery(query);
  if (text.length === 0) return [];
  const pages = index.search(text, {
    fields: ['name', 'aliases'],
    fuzzy: 0.4,
    maxFuzzy: 3,
    prefix: true,
    filter: (result) => pageTypes.has(result.type as SearchDocumentType) && !result.spoils,
  });
  const ofKind = within ? pages.filter((result) => String(result.target).startsWith(`${within}:`)) : [];
  return (ofKind.length > 0 ? ofKind : pages).slice(0, limit).map(toHit);
}

function toHit(result: SearchResult): SearchHit {
  const matchedTerms = new Set(result.terms);
  const matchedFields = new Set(Object.values(result.match).flat());
  const field = [...fields].reverse().find((name) => matchedFields.has(name)) ?? 'name';
  const source = String(result[field] || result.title);
  return {
    id: String(result.id),
    type: result.type as SearchDocumentType,
    title: String(result.title),
    target: result.target as EntityRef,
    targetName: String(result.targetName),
    spoils: result.spoils as number | undefined,
    score: result.score,
    snippet: highlight(source, matchedTerms),
  };
}

const wordPattern = /[\p{L}\p{N}'’‘ʼ]+/gu;

/**
 * Marks the words of `text` whose folded form is one of `terms`, and trims long text to a window around the first mark.
 */
export function highlight(text: string, terms: Set<string>, width = 160): SnippetPart[] {
  const marks: { start: number; end: number }[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const folded = tokenize(match[0]).map(processTerm).join('');
    if (terms.has(folded)) marks.push({ start: match.index, end: match.index + match[0].length });
  }
  const first = marks[0]?.start ?? 0;
  const start = text.length <= width ? 0 : Math.max(0, Math.min(first - 40, text.length - width));
  // Start the window at a word, not inside one.
  const from = start === 0 ? 0 : Math.min(first, text.indexOf(' ', start) + 1 || start);
  const to = Math.min(text.length, from + width);
  const parts: SnippetPart[] = [];
  let cursor = from;
  for (const mark of marks) {
    if (mark.start < from || mark.end > to) continue;
    if (mark.start > cursor) parts.push({ text: text.slice(cursor, mark.start), match: false });
    parts.push({ text: text.slice(mark.start, mark.end), match: true });
    cursor = mark.end;
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), match: false });
  if (from > 0) parts.unshift({ text: '…', match: false });
  if (to < text.length) parts.push({ text: '…', match: false });
  return parts;
}

/** Answers one call of the search protocol (in the worker, or in this thread when there is none). */
export function answerSearch(index: SearchIndex, call: SearchCall): SearchHit[] {
  return call.method === 'search' ? search(index, call.request) : closestNames(index, call.request);
}
