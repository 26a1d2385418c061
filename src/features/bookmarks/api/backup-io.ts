// Exporting and importing backups (loaded on first use): the backup of every user table, and an import run by a worker
// that reads, checks and writes the file off the page's thread; where no worker can run (memory-only storage, the
// worker failed to load, tests in Node) the same modules run in this thread.
import { getDatabase } from '../../../db/database';
import type { WikiDatabase } from '../../../db/wiki-database';
import { lastExportSettingKey, limits } from './backup-limits';
import { buildBackup } from './bookmark-file';
import {
  backupFileErrorName,
  unreadableFileMessage,
  type ImportOutcome,
  type ImportProgress,
  type ImportWorkerMessage,
  type ImportWorkerRequest,
} from './import-backup-protocol';

/** A file the wiki refuses: its message says what was wrong, and nothing was written. */
export class BackupFileError extends Error {
  override name = backupFileErrorName;
}

/**
 * The backup's text, with everything in the user tables; the export's time is stored so the reminder counts from it.
 */
export async function exportBackup(now = new Date()): Promise<string> {
  const { db } = await getDatabase();
  const [bookmarks, notes, history, settings] = await Promise.all([
    db.bookmarks.toArray(),
    db.notes.toArray(),
    db.history.toArray(),
    db.settings.toArray(),
  ]);
  const text = JSON.stringify(buildBackup({ bookmarks, notes, history, settings }, now), null, 1);
  await db.settings.put({ key: lastExportSettingKey, value: now.getTime() });
  return text;
}

type ProgressListener = (progress: ImportProgress) => void;

/**
 * Imports a picked file, keeping the recently viewed list to `historyLimit` pages: rejects with a BackupFileError for a
 * file the wiki refuses, with the write's error otherwise.
 */
export async function importBackupFile(
  file: Blob,
  historyLimit: number,
  onProgress: ProgressListener = () => undefined,
): Promise<ImportOutcome> {
  if (file.size > limits.fileBytes) {
    throw new BackupFileError(
      `This file is larger than ${limits.fileBytes / 1024 / 1024} MB, more than a backup of this wiki can hold. Nothing was changed.`,
    );
  }
  const { db, storage } = await getDatabase();
  const request: ImportWorkerRequest = { file, databaseName: db.name, historyLimit };
  return storage === 'browser' && typeof Worker === 'function'
    ? importInWorker(db, request, onProgress)
    : importInThread(db, request, onProgress);
}

async function importInThread(
  db: WikiDatabase,
  { file, historyLimit }: ImportWorkerRequest,
  onProgress: ProgressListener,
): Promise<ImportOutcome> {
  const [{ checkBackupText }, { writeBackup }] = await Promise.all([
    import('./backup-schema'),
    import('./write-backup'),
  ]);
  let text: string;
  try {
    text = await file.text();
  } catch {
    throw new BackupFileError(unreadableFileMessage);
  }
  const checked = checkBackupText(text);
  if (!checked.ok) throw new BackupFileError(checked.message);
  return writeBackup(db, checked.file, historyLimit, onProgress);
}

function importInWorker(
  db: WikiDatabase,
  request: ImportWorkerRequest,
  onProgress: ProgressListener,
): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-backup.worker.ts', import.meta.url), {
      type: 'module',
      name: 'import',
    });
    worker.onmessage = ({ data }: MessageEvent<ImportWorkerMessage>) => {
      if (data.type === 'progress') {
        onProgress(data.progress);
        return;
      }
      worker.terminate();
      if (data.type === 'imported') resolve(data.outcome);
      else if (data.type === 'refused') reject(new BackupFileError(data.message));
      else reject(Object.assign(new Error(data.message), { name: data.name }));
    };
    // The worker reports its own failures as messages: an error event means it could not start, before writing
    // anything.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      importInThread(db, request, onProgress).then(resolve, reject);
    };
    worker.postMessage(request);
  });
}
