// Reads a page as a fan edits it: its own row (null when there is none) and the statements shown on it, in the fan's
// wiki or as published.
import {
  emptyStatements,
  isStatementOf,
  statementTablesOf,
  type PageDocument,
  type StatementTable,
} from '../content/page-document';
import { refKey, refKind } from '../content/refs';
import type { EntityRef } from '../content/schema';
import { tables, type LookupField } from '../content/tables';
import { readRow, readWhere, type ContentView } from './read-content';
import type { WikiDatabase } from './wiki-database';

/** The key a page is read by: a season's number, everything else's string key. */
function pageKey(ref: EntityRef): string | number {
  return refKind(ref) === 'seasons' ? Number(refKey(ref)) : refKey(ref);
}

/** The page `ref` as a fan edits it: its row (null when there is none) and the statements shown on it. */
export async function readPageDocument(db: WikiDatabase, ref: EntityRef, view?: ContentView): Promise<PageDocument> {
  const kind = refKind(ref);
  const key = tables[kind].key as LookupField<typeof kind>;
  const statements = emptyStatements();
  const readStatements = async <T extends StatementTable>(table: T, fields: LookupField<T>[], value: string) => {
    const rows = (await Promise.all(fields.map((field) => readWhere(db, table, field, [value], view)))).flat();
    const unique = new Map(rows.map((row) => [row.id, row]));
    statements[table] = [...unique.values()].filter((row) => isStatementOf(table, row, ref)) as (typeof statements)[T];
  };
  const [page] = await Promise.all([
    readRow(db, kind, key, pageKey(ref), view),
    ...statementTablesOf(kind).map((table) =>
      table === 'relationships'
        ? readStatements('relationships', ['from', 'to'], refKey(ref))
        : table === 'quotes'
          ? readStatements('quotes', ['about', 'speaker'], ref)
          : readStatements(table, ['about'], ref),
    ),
  ]);
  return { ref, page: page ?? null, statements };
}
