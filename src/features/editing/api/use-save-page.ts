// Mutation: saves a page as the fan edited it (or reverts it, deletes a page the fan created, settles a conflict). The
// row changes are checked first (nothing is written when a field is wrong: the problems come back for the editor to
// show at each field), then stored with the page's revision; every query then re-reads, so the page, its lists, the
// timeline, the map and search show the change.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { documentChanges, type PageDocument, type RowChange } from '../../../content/page-document';
import type { Row } from '../../../content/tables';
import type { FieldProblem } from '../../../content/validate-row';
import { getDatabase } from '../../../db/database';
import { sameData } from '../../../content/row-fields';
import { saveChanges, type SaveRequest } from '../../../db/save-edits';
import { rereadWiki } from './reread-wiki';

/** A save refused because of what the fan typed: each problem is shown at its field. */
export class PageProblemsError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.length === 1 ? 'One field needs a change before saving' : `${problems.length} fields need a change`);
    this.name = 'PageProblemsError';
  }
}

export type SavePageInput = {
  /** The page as the fan's wiki showed it when editing began. */
  current: PageDocument;
  next: PageDocument;
  summary?: string;
  kind?: SaveRequest['kind'];
  /** Sources the fan added while editing (cited by the page's statements): each becomes a page of its own. */
  addedSources?: readonly Row<'sources'>[];
};

/**
 * The checks a save runs (the corpus schema, with zod): a chunk of their own, so an editor's first visit stays within
 * the JavaScript budget; the editor starts loading them as it opens.
 */
export const loadChecks = () => import('./check-changes');

/** The revision the save recorded, or undefined when nothing changed. */
export type SavedPage = { revision: number | undefined };

export function useSavePage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ current, next, summary, kind = 'save', addedSources = [] }: SavePageInput) => {
      const { db } = await getDatabase();
      const changes = [
        ...addedSources.map((source): RowChange => ({ table: 'sources', key: source.id, before: null, after: source })),
        ...documentChanges(current, next, sameData),
      ];
      if (changes.length === 0) return { revision: undefined };
      // The schema check (zod) loads with the first save, not with the editor's page: see loadChecks.
      const { checkChanges } = await loadChecks();
      const problems = await checkChanges(db, current, changes);
      if (problems.length > 0) throw new PageProblemsError(problems);
      const saved: SavedPage = {
        revision: await saveChanges(db, { page: next.ref, kind, summary, changes, snapshot: next }),
      };
      return saved;
    },
    onSuccess: () => rereadWiki(queryClient),
  });
}
