// Settles what a new corpus left for the fan to decide: a conflict (keep the fan's version, or take the published one)
// and an orphaned edit of a row upstream removed (keep it as the fan's own, or drop it). Each is stored as a save of
// kind 'resolve' (one transaction: the edit and the page's revision), so the history keeps both sides.
import { isStatementOf, statementTables, type PageDocument, type StatementTable } from '../content/page-document';
import { refKey, refKind } from '../content/refs';
import type { CorpusTable, EntityRef } from '../content/schema';
import type { Row } from '../content/tables';
import { readPageDocument } from './read-page-document';
import { saveChanges } from './save-edits';
import type { LocalEdit, WikiDatabase } from './wiki-database';

/** For a conflict: 'mine' or 'published'; for an orphaned edit: 'own' (keep it as the fan's row) or 'drop'. */
export type Settlement = 'mine' | 'published' | 'own' | 'drop';

const settles: Record<Settlement, LocalEdit['state']> = {
  mine: 'conflict',
  published: 'conflict',
  own: 'orphaned',
  drop: 'orphaned',
};

const summaries: Record<Settlement, string> = {
  mine: 'Kept my version over the published one',
  published: 'Took the published version',
  own: 'Kept as my own what the published version removed',
  drop: 'Dropped my edit of what the published version removed',
};

/** The row the fan's wiki shows after settling `edit` this way (null: none). */
function settledValue(edit: LocalEdit, choice: Settlement): unknown {
  if (choice === 'mine' || choice === 'own') return edit.value;
  return choice === 'published' ? edit.published : null;
}

function isStatementTable(table: CorpusTable): table is StatementTable {
  return (statementTables as readonly string[]).includes(table);
}

/** The document with the row `table`/`key` replaced by `row` (or removed, when null). */
function withRow(document: PageDocument, table: CorpusTable, key: string, row: unknown): PageDocument {
  if (table === refKind(document.ref) && key === refKey(document.ref))
    return { ...document, page: row as PageDocument['page'] };
  if (!isStatementTable(table)) return document;
  const others = (document.statements[table] as Row<StatementTable>[]).filter((statement) => statement.id !== key);
  const shown = row !== null && isStatementOf(table, row as Row<typeof table>, document.ref);
  return { ...document, statements: { ...document.statements, [table]: shown ? [...others, row] : others } };
}

/** Settles the edit `editId` as the fan chose on the page `page`'s history; returns the 'resolve' revision's id. */
export async function settleEdit(
  db: WikiDatabase,
  page: EntityRef,
  editId: string,
  choice: Settlement,
): Promise<number> {
  const edit = await db.edits.get(editId);
  if (!edit || edit.state !== settles[choice]) throw new Error('This change was settled already');
  const value = settledValue(edit, choice);
  const current = await readPageDocument(db, page);
  return saveChanges(db, {
    page,
    kind: 'resolve',
    summary: summaries[choice],
    changes: [{ table: edit.table, key: edit.key, before: edit.value, after: value }],
    snapshot: withRow(current, edit.table, edit.key, value),
  });
}
