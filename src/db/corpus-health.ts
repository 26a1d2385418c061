// Keeps this tab's database usable when the browser takes it away: site data cleared (or evicted) while the wiki is open
// closes the connection, so the next read must open and load the corpus again instead of reading an empty database; and
// an older tab that never lets go of the database blocks the upgrade, which must say so instead of waiting forever.
import type { WikiDatabase } from './wiki-database';

/** Opening waits on a tab holding an older version of the database open; the fan must close that tab. */
export class DatabaseBlockedError extends Error {
  constructor() {
    super('Another tab of the Jessica Jones Wiki is holding on to an older copy of its data. Close the other tab, then reload this one.');
    this.name = 'DatabaseBlockedError';
  }
}

/** Opens `db`, failing with DatabaseBlockedError as soon as IndexedDB reports the open blocked by another tab. */
export async function openUnlessBlocked(db: WikiDatabase): Promise<void> {
  let blocked: (() => void) | undefined;
  const whenBlocked = new Promise<never>((_, reject) => {
    blocked = () => reject(new DatabaseBlockedError());
  });
  db.on('blocked', () => blocked?.());
  try {
    await Promise.race([db.open(), whenBlocked]);
  } catch (error) {
    if (error instanceof DatabaseBlockedError) db.close();
    throw error;
  }
}

/** Calls `lost` when the browser closes the connection under the app (site data cleared, storage evicted). */
export function onConnectionLost(db: WikiDatabase, lost: () => void): void {
  db.on('close', lost);
}

/** True when the database holds a corpus: its fingerprint and its content (both go when site data is cleared). */
export async function hasCorpus(db: WikiDatabase): Promise<boolean> {
  const [meta, content] = await Promise.all([db.meta.get('corpus'), db.content.limit(1).count()]);
  return meta !== undefined && content > 0;
}
