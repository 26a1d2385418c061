// Mutations: records that a page was viewed (one row per page, moved to the top on re-view; only the latest 50 kept),
// and clears the history. The history query follows from the change feed (watch-bookmarks.ts).
import { useMutation } from '@tanstack/react-query';
import type { EntityRef } from '../../../content/schema';
import { getDatabase } from '../../../db/database';

export const historyLimit = 50;

export async function recordView(ref: EntityRef, title: string, now = Date.now()): Promise<void> {
  const { db } = await getDatabase();
  await db.transaction('rw', db.history, async () => {
    await db.history.where('ref').equals(ref).delete();
    await db.history.add({ ref, title, viewedAt: now });
    const count = await db.history.count();
    if (count > historyLimit) {
      const oldest = await db.history
        .orderBy('viewedAt')
        .limit(count - historyLimit)
        .primaryKeys();
      await db.history.bulkDelete(oldest);
    }
  });
}

export async function clearHistory(): Promise<void> {
  const { db } = await getDatabase();
  await db.history.clear();
}

/**
 * Recording a view is the wiki's own bookkeeping, not something the fan typed: a failure leaves the history as it was,
 * unannounced.
 */
export function useRecordView() {
  return useMutation({ mutationFn: ({ ref, title }: { ref: EntityRef; title: string }) => recordView(ref, title) });
}

export function useClearHistory() {
  return useMutation({ mutationFn: clearHistory });
}
