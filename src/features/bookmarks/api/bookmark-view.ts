// Pure helpers for the bookmarks page: sorting and filtering the list, and the labels of each page type.
import type { EntityKind } from '../../../content/schema';
import type { BookmarkRow } from './bookmarks-query';

export type BookmarkSort = 'recent' | 'title';
export type BookmarkFilter = { sort: BookmarkSort; type: EntityKind | 'all' };

export const kindLabels: Record<EntityKind, string> = {
  characters: 'Character',
  people: 'Cast & crew',
  seasons: 'Season',
  series: 'Series',
  topics: 'Topic',
  places: 'Place',
  sources: 'Source',
};

export function viewBookmarks(rows: readonly BookmarkRow[], { sort, type }: BookmarkFilter): BookmarkRow[] {
  const shown = type === 'all' ? [...rows] : rows.filter((row) => row.kind === type);
  return sort === 'title'
    ? shown.sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }))
    : shown.sort((a, b) => b.addedAt - a.addedAt);
}
