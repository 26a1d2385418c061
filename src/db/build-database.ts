// The build's database (src/prerender.tsx): the bundled corpus in an in-memory IndexedDB, holding nothing of any
// device. Every prerendered page is the same for every fan, so it does not say when this copy loaded its corpus.
import { getDatabase } from './database';

export async function forgetLoadTime(): Promise<void> {
  const { db } = await getDatabase();
  await db.meta.update('corpus', { loadedAt: undefined });
}
