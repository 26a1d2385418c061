// A page as a fan edits it: the page's own row and the statements shown on it (facts, quotes, events and, for a
// character, relationships), plus the vocabulary of row changes that saving one produces.
import { refKey, refKind } from './refs.ts';
import type { CorpusTable, EntityKind, EntityRef } from './schema.ts';
import type { Row } from './tables.ts';

/** Where a fan's change to a row stands against the stored corpus (see LocalEdit in db/wiki-database.ts). */
export type EditState = 'applied' | 'conflict' | 'orphaned' | 'dropped';

/** What the fan changed in a row the readers return: its state, whether the fan added it, the fields they changed. */
export type EditMark = { state: EditState; added: boolean; fields: readonly string[] };
/** A row as the readers return it: marked when it is the fan's. */
export type Marked<R> = R & { localEdit?: EditMark };

/** One row changed: `before` and `after` are rows, or null where the row did not or no longer exists. */
export type RowChange = { table: CorpusTable; key: string; before: unknown; after: unknown };

export const statementTables = ['facts', 'quotes', 'events', 'relationships'] as const;
export type StatementTable = (typeof statementTables)[number];
export type Statements = { [T in StatementTable]: Row<T>[] };

export type PageDocument = {
  ref: EntityRef;
  /** The page's own row; null for a page that does not exist (yet, or any more). */
  page: Row<EntityKind> | null;
  statements: Statements;
};

/** The statement tables a page of this kind shows and edits: a source's statements are edited on their subjects. */
export function statementTablesOf(kind: EntityKind): readonly StatementTable[] {
  if (kind === 'sources') return [];
  return kind === 'characters' ? statementTables : ['facts', 'quotes', 'events'];
}

/** Whether a statement is shown on the page `ref`. */
export function isStatementOf<T extends StatementTable>(table: T, row: Row<T>, ref: EntityRef): boolean {
  if (table === 'relationships') {
    const relationship = row as Row<'relationships'>;
    return refKind(ref) === 'characters' && (relationship.from === refKey(ref) || relationship.to === refKey(ref));
  }
  const statement = row as Row<'facts' | 'quotes' | 'events'>;
  return statement.about.includes(ref) || ('speaker' in statement && statement.speaker === ref);
}

export function emptyStatements(): Statements {
  return { facts: [], quotes: [], events: [], relationships: [] };
}

/** A row as stored: without the mark the readers put on a fan's row. */
export function withoutMark<R extends object>(row: R): R {
  if (!('localEdit' in row)) return row;
  const stored = { ...row } as R & { localEdit?: unknown };
  delete stored.localEdit;
  return stored;
}

/**
 * The row changes that turn `current` into `next`: the page's own row, and each statement added, changed or removed
 * (matched by id). `same` says whether two rows are the same data.
 */
export function documentChanges(
  current: PageDocument,
  next: PageDocument,
  same: (a: unknown, b: unknown) => boolean,
): RowChange[] {
  const changes: RowChange[] = [];
  const kind = refKind(next.ref);
  const before = current.page && withoutMark(current.page);
  const after = next.page && withoutMark(next.page);
  if (!same(before, after)) changes.push({ table: kind, key: refKey(next.ref), before, after });
  for (const table of statementTables) {
    const was = new Map(current.statements[table].map((row) => [row.id, withoutMark<Row<StatementTable>>(row)]));
    const now = new Map(next.statements[table].map((row) => [row.id, withoutMark<Row<StatementTable>>(row)]));
    for (const [id, row] of now)
      if (!same(was.get(id) ?? null, row)) changes.push({ table, key: id, before: was.get(id) ?? null, after: row });
    for (const [id, row] of was) if (!now.has(id)) changes.push({ table, key: id, before: row, after: null });
  }
  return changes;
}
