// The write side of fans' edits: stores a save (its row changes and the page's new revision) in one transaction,
// recording the published version first when it is the page's first change.
import type { PageDocument, RowChange } from '../content/page-document';
import type { EntityRef } from '../content/schema';
import { readPageDocument } from './read-page-document';
import { nextEditSeq } from './rebase-edits';
import { sameData } from '../content/row-fields';
import type { LocalEdit, PackMark, Revision, WikiDatabase } from './wiki-database';

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
