// Mutation: settles a conflict or an orphaned edit as the fan chose on a page's history (see db/settle-edits.ts); every
// query then re-reads, so the page, its notice and its history follow.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EntityRef } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { settleEdit, type Settlement } from '../../../db/settle-edits';
import { rereadWiki } from './reread-wiki';

export type { Settlement };

export type SettleEditInput = { page: EntityRef; editId: string; choice: Settlement };

export function useSettleEdit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ page, editId, choice }: SettleEditInput) =>
      settleEdit((await getDatabase()).db, page, editId, choice),
    onSuccess: () => rereadWiki(queryClient),
  });
}
