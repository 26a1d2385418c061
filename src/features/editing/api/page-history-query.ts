// Query factory: a page's history (its revisions, oldest first) and the fan's edits of the rows on it, with the
// conflicts and orphans a new corpus left for the fan to settle.
import { queryOptions } from '@tanstack/react-query';
import { statementTables, type PageDocument } from '../../../content/page-document';
import { refKey, refKind } from '../../../content/refs';
import type { EntityRef } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import type { LocalEdit, Revision } from '../../../db/wiki-database';
import { readPageDocument } from '../../../db/read-page-document';

export type PageHistory = { revisions: Revision[]; edits: LocalEdit[] };

/** The ids of the edits that may concern a page: its own row's and those of the statements it shows. */
function editIdsOf(document: PageDocument): string[] {
  return [
    `${refKind(document.ref)}/${refKey(document.ref)}`,
    ...statementTables.flatMap((table) => document.statements[table].map((row) => `${table}/${row.id}`)),
  ];
}

export const pageHistoryQueryOptions = (ref: EntityRef) =>
  queryOptions({
    queryKey: ['page-history', ref],
    queryFn: async (): Promise<PageHistory> => {
      const { db } = await getDatabase();
      const [revisions, recorded, document] = await Promise.all([
        db.revisions.where('page').equals(ref).sortBy('id'),
        db.edits.where('page').equals(ref).toArray(),
        readPageDocument(db, ref, 'mine'),
      ]);
      const shown = await db.edits.bulkGet(editIdsOf(document));
      const edits = new Map(
        [...recorded, ...shown.filter((edit) => edit !== undefined)].map((edit) => [edit.id, edit]),
      );
      return { revisions, edits: [...edits.values()].filter((edit) => edit.state !== 'dropped') };
    },
  });
