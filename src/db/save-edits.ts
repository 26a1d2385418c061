// The write side of fans' edits: reads a page as the fan edits it, and stores a save (its row changes and the page's
// new revision) in one transaction, recording the published version first when it is the page's first change.
import {
  emptyStatements,
  isStatementOf,
  statementTablesOf,
  type PageDocument,
  type RowChange,
  type StatementTable,
} from '../content/page-document';
import { refKey, refKind } from '../content/refs';
import type { EntityRef } from '../content/schema';
import { tables, type LookupField } from '../content/tables';
import { readRow, readWhere, type ContentView } from './read-content';
import { nextEditSeq } from './rebase-edits';
import { sameData } from './row-fields';
import type { LocalEdit, PackMark, Revision, WikiDatabase } from './wiki-database';

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

export type SaveRequest = {
  page: EntityRef;
  kind: Exclude<Revision['kind'], 'published'>;
  summary?: string;
  changes: readonly RowChange[];
  /** The page as it stands after the save. */
  snapshot: PageDocument;
  /** The edit pack the changes come from (an import, or its undoing). */
  pack?: PackMark;
};

/**
 * Stores a save: each changed row's edit (made on the published row; a save of a row in conflict settles it, as the
 * fan saw both versions) and the page's revision. A change's `before` is the row as the fan's wiki showed it. Returns
 * the revision's id.
 */
export async function saveChanges(db: WikiDatabase, request: SaveRequest): Promise<number> {
  const corpusHash = (await db.meta.get('corpus'))?.hash ?? '';
  const firstRevision =
    (await db.revisions.where('page').equals(request.page).count()) === 0
      ? await readPageDocument(db, request.page, 'published')
      : undefined;
  const savedAt = Date.now();
  const id = await db.transaction('rw', [db.edits, db.revisions], async () => {
    let seq = await nextEditSeq(db);
    const ids = request.changes.map((change) => `${change.table}/${change.key}`);
    const stored = await db.edits.bulkGet(ids);
    const edits = request.changes.map((change, index): LocalEdit => {
      // A row without an edit was read as published; an edited one knows its published row.
      const previous = stored[index];
      const publishedRow = previous ? previous.published : change.before;
      const value = change.after;
      return {
        id: ids[index] ?? '',
        table: change.table,
        key: change.key,
        seq: seq++,
        base: publishedRow,
        value,
        published: publishedRow,
        state: sameData(value, publishedRow) ? 'dropped' : 'applied',
        corpusHash,
        page: previous?.page ?? request.page,
        updatedAt: savedAt,
        ...(request.pack && request.kind === 'save' ? { pack: request.pack } : {}),
      };
    });
    await db.edits.bulkPut(edits);
    if (firstRevision && firstRevision.page !== null)
      await db.revisions.add({ page: request.page, kind: 'published', savedAt, snapshot: firstRevision, changes: [] });
    const revision = await db.revisions.add({
      page: request.page,
      kind: request.kind,
      savedAt,
      ...(request.summary ? { summary: request.summary } : {}),
      snapshot: request.snapshot,
      changes: [...request.changes],
      ...(request.pack ? { pack: request.pack } : {}),
    });
    return Number(revision);
  });
  return id;
}
