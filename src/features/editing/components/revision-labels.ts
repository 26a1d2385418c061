// How the history names a revision: its kind in words, its time, and "#3 Saved, 1 Dec 2026, 14:20" in the pickers.
import type { PageHistory } from '../api/page-history-query';

export type Revision = PageHistory['revisions'][number];
/** The two revisions compared, by id; either unset means the default (the latest against the one before). */
export type Comparison = { from?: number; to?: number };

export const kindLabels: Record<Revision['kind'], string> = {
  published: 'Published version',
  save: 'Saved',
  revert: 'Reverted',
  delete: 'Deleted the page',
  resolve: 'Settled after an update',
};

export const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function revisionName(revision: Revision, index: number): string {
  return `#${index + 1} ${kindLabels[revision.kind]}, ${timeFormat.format(revision.savedAt)}`;
}
