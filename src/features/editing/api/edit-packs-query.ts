// Query factories for /edits and /import: the fan's edits grouped by page, the packs the fan imported (to undo), and
// what a pack would change. The pack code (db/edit-packs.ts, which brings the pack's zod schema) loads with the first
// of these to run, never with a read page.
import { queryOptions } from '@tanstack/react-query';
import type { EditPack } from '../../../content/edit-pack';
import type { EntityRef } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import type { LocalEdit } from '../../../db/wiki-database';

/** The pack code's own chunk. */
export const loadPackCode = () => import('../../../db/edit-packs');

export type { PreviewChange, PreviewStatus } from '../../../db/edit-packs';

export type PageEdits = { page: EntityRef; edits: LocalEdit[] };

/** The states /edits lists (a dropped edit changes nothing and is not listed). */
export type ListedEditState = Exclude<LocalEdit['state'], 'dropped'>;

/** Every change the fan's wiki holds (not those a new corpus made moot), grouped by page in the order first edited. */
export const localEditsQueryOptions = () =>
  queryOptions({
    queryKey: ['local-edits'],
    queryFn: async (): Promise<PageEdits[]> => {
      const { db } = await getDatabase();
      const edits = (await db.edits.orderBy('seq').toArray()).filter((edit) => edit.state !== 'dropped');
      const pages = new Map<EntityRef, LocalEdit[]>();
      for (const edit of edits) pages.set(edit.page, [...(pages.get(edit.page) ?? []), edit]);
      return [...pages].map(([page, pageEdits]) => ({ page, edits: pageEdits }));
    },
  });

export const importedPacksQueryOptions = () =>
  queryOptions({
    queryKey: ['imported-packs'],
    queryFn: async () => {
      const [{ db }, { importedPacks }] = await Promise.all([getDatabase(), loadPackCode()]);
      return importedPacks(db);
    },
  });

export const packPreviewQueryOptions = (pack: EditPack) =>
  queryOptions({
    queryKey: ['pack-preview', pack],
    queryFn: async () => {
      const [{ db }, { previewEditPack }] = await Promise.all([getDatabase(), loadPackCode()]);
      return previewEditPack(db, pack);
    },
  });

/** The pack a shared link's fragment carries (or why it was refused): read once, nothing written. */
export const packLinkQueryOptions = (fragment: string) =>
  queryOptions({
    queryKey: ['pack-link', fragment],
    queryFn: async () => (await import('../../../content/edit-pack-link')).readEditPackFragment(fragment),
    staleTime: Infinity,
  });
