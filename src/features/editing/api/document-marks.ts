// What the readers' marks say about a page document as the fan's wiki reads it: the fan's rows on it (and where each
// stands after an update), and whether the page is one the fan created.
import { statementTables, type PageDocument } from '../../../content/page-document';
import type { EntityKind } from '../../../content/schema';
import type { EditMark, Read } from '../../../db/read-content';

/** The marks of the fan's rows on the page: its own row and each statement the fan added or changed. */
export function editMarks(document: PageDocument): EditMark[] {
  const rows = [document.page, ...statementTables.flatMap((table): object[] => document.statements[table])];
  return rows.flatMap((row) => {
    const mark = (row as { localEdit?: EditMark } | null)?.localEdit;
    return mark ? [mark] : [];
  });
}

/** Whether a new published version left something among these marks for the fan to settle (a conflict, an orphan). */
export function hasUnsettledMarks(marks: readonly EditMark[]): boolean {
  return marks.some((mark) => mark.state === 'conflict' || mark.state === 'orphaned');
}

/** Whether the page is one the fan created. */
export function isFanCreated(document: PageDocument): boolean {
  return (document.page as Read<EntityKind> | null)?.localEdit?.added === true;
}
