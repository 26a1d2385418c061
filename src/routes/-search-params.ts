// Readers for URL search params: each returns a valid value or the fallback, so a malformed or hand-edited URL never
// breaks a page; and how the router turns the query string into values and back. (Hand-written rather than zod/mini:
// these three readers are a few hundred bytes, zod's core was 7.6 KB gzipped of every first load.)
import { parseSearchWith, stringifySearchWith } from '@tanstack/react-router';

/**
 * A free-text param: a string as is; a number or boolean the router parsed from the URL back to its text; anything else
 * the fallback.
 */
export function textParam(value: unknown, fallback = ''): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fallback;
}

/** One of a fixed set of choices, else the fallback. */
export function choiceParam<const Choice extends string>(
  value: unknown,
  choices: readonly Choice[],
  fallback: Choice,
): Choice {
  return choices.includes(value as Choice) ? (value as Choice) : fallback;
}

/** A list of choices: every item must be one of them (no repeats), else the fallback: an empty list. */
export function choicesParam<const Choice extends string>(value: unknown, choices: readonly Choice[]): Choice[] {
  if (!Array.isArray(value) || !value.every((item) => choices.includes(item as Choice))) return [];
  return [...new Set(value as Choice[])];
}

/** A slug-like param matching `pattern`, else the fallback. */
export function patternParam(value: unknown, pattern: RegExp, fallback: string): string {
  return typeof value === 'string' && pattern.test(value) ? value : fallback;
}

function revisionParam(value: unknown): number | undefined {
  const text = patternParam(typeof value === 'number' ? String(value) : value, /^[1-9]\d{0,9}$/, '');
  return text ? Number(text) : undefined;
}

/**
 * A history page's two revisions compared (`?from=2&to=5`, by id); a missing or malformed one means the default (the
 * latest against the one before). Here rather than with the history recipe, which loads only with its page.
 */
export function historySearch(search: Record<string, unknown>): { from?: number; to?: number } {
  return { from: revisionParam(search.from), to: revisionParam(search.to) };
}

/**
 * Reads a URL value as JSON only when it is a list, an object or a quoted string; anything else stays the text the fan
 * typed (the router's default turned `q=1e999` into Infinity, `q=1.50` into 1.5, `q=null` into null).
 */
function parseStructured(text: string): unknown {
  const value: unknown = JSON.parse(text);
  if (typeof value === 'string' || (typeof value === 'object' && value !== null)) return value;
  throw new Error('kept as text');
}

export const parseSearch = parseSearchWith(parseStructured);
export const stringifySearch = stringifySearchWith(JSON.stringify, parseStructured);
