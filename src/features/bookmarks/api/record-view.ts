// Mutation: records that a page was viewed (one row per page, moved to the top on re-view) and keeps only the latest 50.
import type { QueryClient } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import type { EntityRef } from '../../../content/schema';
import { historyQueryKey } from './history-query';

export const historyLimit = 50;

export async function recordView(queryClient: QueryClient, ref: EntityRef, title: string, now = Date.now()): Promise<void> {
  const { db } = await getDatabase();
  await db.transaction('rw', db.history, async () => {
    await db.history.where('ref').equals(ref).delete();
    await db.history.add({ ref, title, viewedAt: now });
    const count = await db.history.count();
    if (count > historyLimit) {
      const oldest = await db.history.orderBy('viewedAt').limit(count - historyLimit).primaryKeys();
      await db.history.bulkDelete(oldest);
    }
  });
  await queryClient.invalidateQueries({ queryKey: historyQueryKey });
}

export async function clearHistory(queryClient: QueryClient): Promise<void> {
  const { db } = await getDatabase();
  await db.history.clear();
  await queryClient.invalidateQueries({ queryKey: historyQueryKey });
}
