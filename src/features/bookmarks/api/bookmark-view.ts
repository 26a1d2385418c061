// Pure helpers for the bookmarks page: sorting and filtering the list. The A–Z order is
// sorted once and then kept up to date as rows change, so a toggle with 200,000 stored doesn't sort them all again.
import type { EntityKind } from '../../../content/schema';
import { compareNames } from '../../../lib/by-name';
import type { BookmarkRow } from './bookmarks-query';

export type BookmarkSort = 'recent' | 'title';
export type BookmarkFilter = { sort: BookmarkSort; type: EntityKind | 'all' };

/** A–Z by the one name collator; damaged rows (no title to sort by) first. */
function byTitle(a: BookmarkRow, b: BookmarkRow): number {
  if (a.damaged || b.damaged) return a.damaged === b.damaged ? 0 : a.damaged ? -1 : 1;
  return compareNames(a.title, b.title);
}

/** Past this many new rows a fresh sort is cheaper than inserting each. */
const manyInserts = 1000;

/**
 * `rows` A–Z. Given the previous rows and their A–Z order, only the rows that changed (new objects) are placed again:
 * the list's updates replace just the rows a write changed.
 */
export function sortByTitle(
  rows: readonly BookmarkRow[],
  previous?: { rows: readonly BookmarkRow[]; sorted: readonly BookmarkRow[] },
): BookmarkRow[] {
  const before = new Set(previous?.rows);
  const added = rows.filter((row) => !before.has(row));
  if (!previous || added.length > manyInserts) return [...rows].sort(byTitle);
  const now = new Set(rows);
  const sorted = previous.sorted.filter((row) => now.has(row));
  for (const row of added) {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byTitle(sorted[middle] as BookmarkRow, row) <= 0) low = middle + 1;
      else high = middle;
    }
    sorted.splice(low, 0, row);
  }
  return sorted;
}

export function filterByKind(rows: readonly BookmarkRow[], type: BookmarkFilter['type']): readonly BookmarkRow[] {
  return type === 'all' ? rows : rows.filter((row) => row.damaged || row.kind === type);
}
