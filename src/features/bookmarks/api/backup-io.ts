// Reading and writing backups (loaded on first export or import): the backup of every user table, and an import
// checked in a worker first, then written in one transaction, chunk by chunk, so a failure anywhere leaves everything as it was.
import { getDatabase } from '../../../db/database';
import type { EntityRef } from '../../../content/schema';
import { buildBackup, lastExportSettingKey, mergeHistory, planMerge, type CheckedFile } from './bookmark-file';
import { chunkSize } from './import-backup-protocol';
import { readBackupFile } from './read-backup-file';
import { historyLimit } from './record-view';

/** The backup's text, with everything in the user tables; the export's time is stored so the reminder counts from it. */
export async function exportBackup(now = new Date()): Promise<string> {
  const { db } = await getDatabase();
  const [bookmarks, notes, history, settings] = await Promise.all([db.bookmarks.toArray(), db.notes.toArray(), db.history.toArray(), db.settings.toArray()]);
  const text = JSON.stringify(buildBackup({ bookmarks, notes, history, settings }, now), null, 1);
  await db.settings.put({ key: lastExportSettingKey, value: now.getTime() });
  return text;
}

export type ImportOutcome = { added: number; updated: number; skipped: number; restoredHistoryAndSettings: boolean };
export type ImportProgress = { written: number; total: number };

/**
 * Writes a checked file in ONE transaction, a chunk of pages at a time: between chunks the page's thread is free
 * (each chunk's reads and writes are awaited), and if any write fails (storage full, the database closed) the whole
 * transaction aborts, so nothing of the file stays. Another tab's bookmark writes wait until it commits.
 */
export async function writeBackup(file: CheckedFile, onProgress: (progress: ImportProgress) => void = () => undefined): Promise<ImportOutcome> {
  const { db } = await getDatabase();
  const restoresMore = file.version >= 2;
  return db.transaction('rw', [db.bookmarks, db.notes, db.history, db.settings], async () => {
    const outcome: ImportOutcome = { added: 0, updated: 0, skipped: 0, restoredHistoryAndSettings: restoresMore };
    const total = file.entries.length;
    for (let start = 0; start < total; start += chunkSize) {
      const entries = file.entries.slice(start, start + chunkSize);
      const refs = entries.map((entry) => entry.ref);
      const [bookmarks, notes] = await Promise.all([db.bookmarks.bulkGet(refs), db.notes.bulkGet(refs)]);
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

const byRef = <T extends { ref: EntityRef }>(rows: (T | undefined)[]) => new Map(rows.flatMap((row) => (row ? [[row.ref, row] as const] : [])));

/** An import from the picked file to the database: read and checked in the worker, then written. */
export async function importBackupFile(file: Blob, onProgress?: (progress: ImportProgress) => void): Promise<ImportOutcome> {
  return writeBackup(await readBackupFile(file), onProgress);
}
