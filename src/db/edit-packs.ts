// Edit packs in and out of the fan's wiki, at the data level: export the fan's edits as a pack, preview what a pack
// would change page by page (and what conflicts or is already there), apply a chosen part of it in one transaction
// through the editor's own write path, and undo an imported pack as a unit.
import { editPackFormat, editPackVersion, type EditPack, type EditPackChange } from '../content/edit-pack';
import {
  statementTables,
  isStatementOf,
  withoutMark,
  type PageDocument,
  type RowChange,
  type StatementTable,
} from '../content/page-document';
import { entityRef, refKey, refKind } from '../content/refs';
import type { CorpusTable, EntityKind, EntityRef } from '../content/schema';
import { keyOf, lookupFields, lookupValues, tables, type LookupField, type Row } from '../content/tables';
import type { FieldProblem } from '../content/validate-row';
import { findMissingReferences } from './missing-references';
import { readWhere, type ContentView } from './read-content';
import { sameData } from '../content/row-fields';
import { readPageDocument } from './read-page-document';
import { saveChanges } from './save-edits';
import type { PackMark, WikiDatabase } from './wiki-database';

export type ExportOptions = { ids?: readonly string[]; title?: string; author?: string };

/** The fan's edits (all, or those with these ids: "<table>/<key>") as an edit pack; dropped edits change nothing. */
export async function exportEditPack(db: WikiDatabase, options: ExportOptions = {}): Promise<EditPack> {
  const wanted = options.ids && new Set(options.ids);
  const edits = (await db.edits.toArray())
    .filter((edit) => edit.state !== 'dropped' && (!wanted || wanted.has(edit.id)))
    .sort((a, b) => a.seq - b.seq);
  const title = options.title?.trim();
  const author = options.author?.trim();
  return {
    format: editPackFormat,
    version: editPackVersion,
    corpusHash: (await db.meta.get('corpus'))?.hash ?? '',
    createdAt: new Date().toISOString(),
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    changes: edits.map((edit) => ({
      table: edit.table,
      key: edit.key,
      base: edit.base as EditPackChange['base'],
      value: edit.value as EditPackChange['value'],
    })),
  };
}

/** The page a changed row shows on: a page row its own, a statement its first subject (a quote's speaker without one). */
export function pageOfChange(change: Pick<EditPackChange, 'table' | 'key' | 'base' | 'value'>): EntityRef {
  const row = (change.value ?? change.base) as Row<CorpusTable>;
  if (!(statementTables as readonly string[]).includes(change.table))
    return entityRef(change.table as EntityKind, change.key);
  if (change.table === 'relationships') return entityRef('characters', (row as Row<'relationships'>).from);
  const statement = row as Row<'facts' | 'quotes' | 'events'>;
  return statement.about[0] ?? (statement as Row<'quotes'>).speaker;
}

/** Where one change of a pack stands against the fan's wiki. */
export type PreviewStatus =
  /** It would apply cleanly. */
  | 'new'
  /** The fan's wiki already shows the pack's row. */
  | 'applied'
  /** The fan changed the row differently. */
  | 'conflict-edited'
  /** The published row is no longer the one the pack changed. */
  | 'conflict-published';

export type PreviewChange = EditPackChange & {
  /** "<table>/<key>": what applyEditPack is told to apply. */
  id: string;
  action: 'add' | 'change' | 'remove';
  status: PreviewStatus;
  /** The row the fan's wiki shows now (null: none). */
  current: Row<CorpusTable> | null;
};

export type PackPreview = {
  pages: { page: EntityRef; changes: PreviewChange[] }[];
  /** References the pack's rows make that neither the pack nor the fan's wiki resolves. */
  problems: FieldProblem[];
};

/**
 * The row `key` of `table` in one view of the fan's wiki (null: none). Statement tables are not looked up by key: their
 * row is found through the lookup values of the rows it may be (the pack's and the fan's edit's), as a changed row
 * keeps its subjects or is a conflict anyway.
 */
async function readKeyed(
  db: WikiDatabase,
  table: CorpusTable,
  key: string,
  near: readonly unknown[],
  view: ContentView,
): Promise<Row<CorpusTable> | null> {
  const keyField = tables[table].key;
  const byKey = keyField in tables[table].lookups;
  const field = (byKey ? keyField : lookupFields(table)[0]) as LookupField<typeof table>;
  const values = byKey
    ? [table === 'seasons' ? Number(key) : key]
    : near.flatMap((row) => (row ? lookupValues(table, field, row as Row<CorpusTable>) : []));
  const rows = await readWhere(db, table, field, values, view);
  const row = rows.find((candidate) => String(keyOf(table, candidate)) === key);
  return row ? withoutMark(row as Row<CorpusTable>) : null;
}

async function previewChange(db: WikiDatabase, change: EditPackChange): Promise<PreviewChange> {
  const id = `${change.table}/${change.key}`;
  const own = await db.edits.get(id);
  const near = [change.base, change.value, own?.value, own?.published];
  const [current, published] = await Promise.all([
    readKeyed(db, change.table, change.key, near, 'mine'),
    readKeyed(db, change.table, change.key, near, 'published'),
  ]);
  const action = change.value === null ? 'remove' : current === null ? 'add' : 'change';
  const status: PreviewStatus = sameData(current, change.value)
    ? 'applied'
    : own && own.state !== 'dropped'
      ? 'conflict-edited'
      : !sameData(published, change.base)
        ? 'conflict-published'
        : 'new';
  return { ...change, id, action, status, current };
}

const asRowChanges = (changes: readonly PreviewChange[]): RowChange[] =>
  changes.map((change) => ({ table: change.table, key: change.key, before: change.current, after: change.value }));

/** What the pack would change in the fan's wiki, page by page (pages and changes in the pack's order). */
export async function previewEditPack(db: WikiDatabase, pack: EditPack): Promise<PackPreview> {
  const changes = await Promise.all(pack.changes.map((change) => previewChange(db, change)));
  const pages = new Map<EntityRef, PreviewChange[]>();
  for (const change of changes) {
    const page = pageOfChange(change);
    pages.set(page, [...(pages.get(page) ?? []), change]);
  }
  const pending = changes.filter((change) => change.status !== 'applied');
  return {
    pages: [...pages].map(([page, pageChanges]) => ({ page, changes: pageChanges })),
    problems: await findMissingReferences(db, asRowChanges(pending)),
  };
}

/** A pack's identity: the same pack imported twice is one pack. */
export async function packId(pack: EditPack): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(pack)));
  return Array.from(new Uint8Array(digest).slice(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Refused: the changes chosen refer to rows neither they nor the fan's wiki has. */
export class PackProblemsError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((problem) => `${problem.table}/${problem.key} ${problem.path}: ${problem.message}`).join('\n'));
    this.name = 'PackProblemsError';
  }
}

/** `document` with `changes` made to it (a statement stays only where it still shows on the page). */
function changedDocument(document: PageDocument, changes: readonly RowChange[]): PageDocument {
  const next: PageDocument = {
    ref: document.ref,
    page: document.page && withoutMark(document.page),
    statements: {
      facts: document.statements.facts.map(withoutMark),
      quotes: document.statements.quotes.map(withoutMark),
      events: document.statements.events.map(withoutMark),
      relationships: document.statements.relationships.map(withoutMark),
    },
  };
  for (const change of changes) {
    if (change.table === refKind(document.ref) && change.key === refKey(document.ref)) {
      next.page = change.after as Row<EntityKind> | null;
      continue;
    }
    const table = change.table as StatementTable;
    const kept = (next.statements[table] as Row<StatementTable>[]).filter((row) => row.id !== change.key);
    const after = change.after as Row<StatementTable> | null;
    if (after && isStatementOf(table, after, document.ref)) kept.push(after);
    (next.statements as Record<StatementTable, Row<StatementTable>[]>)[table] = kept;
  }
  return next;
}

/** Saves row changes page by page as the editor does (a revision per page), all in one transaction. */
async function savePerPage(
  db: WikiDatabase,
  changes: readonly RowChange[],
  revision: { kind: 'save' | 'revert'; summary: string; pack: PackMark },
): Promise<void> {
  const byPage = new Map<EntityRef, RowChange[]>();
  for (const change of changes) {
    const page = pageOfChange({ ...change, base: change.before, value: change.after } as EditPackChange);
    byPage.set(page, [...(byPage.get(page) ?? []), change]);
  }
  await db.transaction('rw', [db.content, db.meta, db.edits, db.revisions], async () => {
    for (const [page, pageChanges] of byPage) {
      const snapshot = changedDocument(await readPageDocument(db, page), pageChanges);
      await saveChanges(db, { page, changes: pageChanges, snapshot, ...revision });
    }
  });
}

/**
 * Applies the chosen changes of a pack (ids "<table>/<key>"; a conflict chosen takes the pack's row) in one
 * transaction; changes the fan's wiki already shows are skipped, so a pack imported twice changes nothing. Refuses
 * with PackProblemsError when a chosen row refers to something neither the pack nor the wiki has. Returns how many rows
 * changed.
 */
export async function applyEditPack(db: WikiDatabase, pack: EditPack, chosenIds: Iterable<string>): Promise<number> {
  const chosen = new Set(chosenIds);
  const preview = await previewEditPack(db, pack);
  const changes = asRowChanges(
    preview.pages.flatMap((page) =>
      page.changes.filter((change) => chosen.has(change.id) && change.status !== 'applied'),
    ),
  );
  if (changes.length === 0) return 0;
  const problems = await findMissingReferences(db, changes);
  if (problems.length > 0) throw new PackProblemsError(problems);
  const title = pack.title ?? 'an edit pack';
  await savePerPage(db, changes, {
    kind: 'save',
    summary: `Imported “${title}”`,
    pack: { id: await packId(pack), title },
  });
  return changes.length;
}

/** The packs whose imported rows the fan's wiki still shows (not undone, not changed since), newest import first. */
export async function importedPacks(db: WikiDatabase): Promise<(PackMark & { rows: number })[]> {
  const packs = new Map<string, PackMark & { rows: number; seq: number }>();
  for (const edit of await db.edits.toArray()) {
    if (!edit.pack || edit.state === 'dropped') continue;
    const found = packs.get(edit.pack.id) ?? { ...edit.pack, rows: 0, seq: 0 };
    packs.set(edit.pack.id, { ...found, rows: found.rows + 1, seq: Math.max(found.seq, edit.seq) });
  }
  return [...packs.values()].sort((a, b) => b.seq - a.seq).map(({ id, title, rows }) => ({ id, title, rows }));
}

/**
 * Undoes an imported pack: every row its last import changed that the fan has not changed since goes back to what it
 * was before, as new revisions ('revert'). Returns how many rows went back and the ids of those kept (changed since).
 */
export async function undoEditPack(db: WikiDatabase, id: string): Promise<{ reverted: number; kept: string[] }> {
  const revisions = (await db.revisions.toArray()).filter((revision) => revision.pack?.id === id);
  const lastUndo = Math.max(0, ...revisions.filter((r) => r.kind === 'revert').map((r) => r.id ?? 0));
  const imports = revisions.filter((revision) => revision.kind === 'save' && (revision.id ?? 0) > lastUndo);
  const before = new Map<string, RowChange>();
  for (const revision of imports)
    for (const change of revision.changes) {
      const rowId = `${change.table}/${change.key}`;
      if (!before.has(rowId)) before.set(rowId, change);
    }
  const edits = await db.edits.bulkGet([...before.keys()]);
  const changes: RowChange[] = [];
  const kept: string[] = [];
  [...before.values()].forEach((change, index) => {
    const edit = edits[index];
    if (edit?.pack?.id === id) changes.push({ ...change, before: edit.value, after: change.before });
    else kept.push(`${change.table}/${change.key}`);
  });
  const title = imports[0]?.pack?.title ?? 'an edit pack';
  if (changes.length > 0)
    await savePerPage(db, changes, { kind: 'revert', summary: `Undid “${title}”`, pack: { id, title } });
  return { reverted: changes.length, kept };
}
