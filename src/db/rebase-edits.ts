// Re-bases the fans' edits on a new corpus, in the transaction that stores it: a field the fan changed and upstream left
// alone keeps the fan's value, a field upstream changed and the fan did not takes upstream's, a field both changed
// differently is a conflict the fan settles (never settled here), and a row upstream removed stays as the fan's, marked.
import type { Corpus, CorpusTable } from '../content/schema';
import { keyOf, type Row } from '../content/tables';
import { sameData } from '../content/row-fields';
import type { LocalEdit, WikiDatabase } from './wiki-database';

type Fields = Record<string, unknown>;

/** Three-way merge of one row's top-level fields; `conflicts` lists the fields both sides changed differently. */
export function mergeFields(base: Fields, mine: Fields, theirs: Fields): { merged: Fields; conflicts: string[] } {
  const merged: Fields = {};
  const conflicts: string[] = [];
  for (const field of new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])) {
    const [b, m, t] = [base[field], mine[field], theirs[field]];
    let value = m;
    if (!sameData(m, t) && !sameData(t, b)) {
      if (sameData(m, b)) value = t;
      else conflicts.push(field);
    }
    if (value !== undefined) merged[field] = value;
  }
  return { merged, conflicts };
}

/**
 * The edit re-based on `published`, the row the new corpus publishes under its key (null when it publishes none);
 * undefined when nothing about the edit changes.
 */
export function rebaseEdit(edit: LocalEdit, published: unknown, corpusHash: string): LocalEdit | undefined {
  if (sameData(published, edit.published)) return undefined;
  const rebased = { ...edit, published, corpusHash };
  if (edit.state === 'dropped' || sameData(edit.value, published))
    return { ...rebased, base: published, value: published, state: 'dropped' };
  if (published === null) return { ...rebased, state: 'orphaned' };
  if (edit.value === null || edit.base === null) return { ...rebased, state: 'conflict' };
  const { merged, conflicts } = mergeFields(edit.base as Fields, edit.value as Fields, published as Fields);
  if (conflicts.length > 0) return { ...rebased, value: merged, state: 'conflict' };
  return { ...rebased, base: published, value: merged, state: sameData(merged, published) ? 'dropped' : 'applied' };
}

/** The next sequence number for an edit write (what changed since a point is `seq > point`). */
export async function nextEditSeq(db: WikiDatabase): Promise<number> {
  return ((await db.edits.orderBy('seq').last())?.seq ?? 0) + 1;
}

/** Re-bases every stored edit on `corpus`; call inside the transaction that stores it (with the edits table in it). */
export async function rebaseStoredEdits(db: WikiDatabase, corpus: Corpus, corpusHash: string): Promise<number> {
  const edits = await db.edits.toArray();
  if (edits.length === 0) return 0;
  const rowsByKey = new Map<CorpusTable, Map<string, unknown>>();
  const publishedRow = (table: CorpusTable, key: string) => {
    let rows = rowsByKey.get(table);
    if (!rows) {
      rows = new Map((corpus[table] as Row<CorpusTable>[]).map((row) => [String(keyOf(table, row)), row]));
      rowsByKey.set(table, rows);
    }
    return rows.get(key) ?? null;
  };
  let seq = await nextEditSeq(db);
  const now = Date.now();
  const changed = edits.flatMap((edit) => {
    const rebased = rebaseEdit(edit, publishedRow(edit.table, edit.key), corpusHash);
    return rebased ? [{ ...rebased, seq: seq++, updatedAt: now }] : [];
  });
  await db.edits.bulkPut(changed);
  return changed.length;
}
