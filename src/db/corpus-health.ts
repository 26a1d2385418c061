// Keeps this tab's database usable when the browser takes it away: site data cleared (or evicted) while the wiki is
// open closes the connection, so the next read must open and load the corpus again instead of reading an empty
// database.
import type { WikiDatabase } from './wiki-database';

/** Calls `lost` when the browser closes the connection under the app (site data cleared, storage evicted). */
export function onConnectionLost(db: WikiDatabase, lost: () => void): void {
  db.on('close', lost);
}
