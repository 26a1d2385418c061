// Writing a checked file into the user tables: in the import worker (import-backup.worker.ts), or in the page's thread
// where no worker can run. ONE transaction, a chunk of pages at a time: if any write fails (storage full, the database
// closed by another tab's upgrade) the whole transaction aborts, so nothing of the file stays.
import type { WikiDatabase } from '../../../db/wiki-database';
import type { EntityRef } from '../../../content/schema';
import { mergeHistory, planMerge, type CheckedFile } from './bookmark-file';
import { chunkSize, type ImportOutcome, type ImportProgress } from './import-backup-protocol';

export async function writeBackup(
  db: WikiDatabase,
  file: CheckedFile,
  historyLimit: number,
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ImportOutcome> {
  const restoresMore = file.version >= 2;
  return db.transaction('rw', [db.bookmarks, db.notes, db.history, db.settings], async () => {
    const outcome: ImportOutcome = { added: 0, updated: 0, skipped: 0, restoredHistoryAndSettings: restoresMore };
    const total = file.entries.length;
    for (let start = 0; start < total; start += chunkSize) {
      const entries = file.entries.slice(start, start + chunkSize);
      // The entries are sorted, so one read of each table's key range finds what is stored for them (not a get per
      // page).
      const [first, last] = [entries[0]!.ref, entries[entries.length - 1]!.ref];
      const [bookmarks, notes] = await Promise.all([
        db.bookmarks.where('ref').between(first, last, true, true).toArray(),
        db.notes.where('ref').between(first, last, true, true).toArray(),
      ]);
      const plan = planMerge(entries, byRef(bookmarks), byRef(notes));
      await db.bookmarks.bulkPut(plan.bookmarks);
      await db.notes.bulkPut(plan.notes);
      outcome.added += plan.added;
      outcome.updated += plan.updated;
      outcome.skipped += plan.skipped;
      onProgress({ written: Math.min(start + chunkSize, total), total });
    }
    if (restoresMore) {
      const history = mergeHistory(await db.history.toArray(), file.history, historyLimit);
      await db.history.clear();
      await db.history.bulkAdd(history);
      await db.settings.bulkPut(file.settings);
    }
    return outcome;
  });
}

const byRef = <T extends { ref: EntityRef }>(rows: T[]) => new Map(rows.map((row) => [row.ref, row]));
