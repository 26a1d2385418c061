// Mutations: apply the chosen changes of an edit pack, or undo an imported pack as a unit (db/edit-packs.ts); every
// query then re-reads, so the pages, their histories, /edits and the preview follow.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EditPack } from '../../../content/edit-pack';
import { getDatabase } from '../../../db/database';
import { loadPackCode } from './edit-packs-query';
import { rereadWiki } from './reread-wiki';

export type ApplyPackInput = { pack: EditPack; ids: readonly string[] };

export function useApplyPack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ pack, ids }: ApplyPackInput) => {
      const [{ db }, { applyEditPack }] = await Promise.all([getDatabase(), loadPackCode()]);
      return applyEditPack(db, pack, ids);
    },
    onSuccess: () => rereadWiki(queryClient),
  });
}

export function useUndoPack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const [{ db }, { undoEditPack }] = await Promise.all([getDatabase(), loadPackCode()]);
      return undoEditPack(db, id);
    },
    onSuccess: () => rereadWiki(queryClient),
  });
}
