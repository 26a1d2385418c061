// Messages between the page and the import worker: the page sends the picked file; the worker answers with the checked
// file's pages in chunks (each a small message, so no single structured-clone blocks the page) and then the rest, or a refusal.
import type { BackupSetting, FileEntry, HistoryRow } from './bookmark-file';

export type ImportWorkerRequest = { file: Blob };

export type ImportWorkerMessage =
  | { type: 'entries'; entries: FileEntry[] }
  | { type: 'checked'; version: number; history: HistoryRow[]; settings: BackupSetting[] }
  | { type: 'refused'; message: string };

/** Pages per message from the worker, and per write in the import's transaction. */
export const chunkSize = 2_000;

export const unreadableFileMessage = 'The file could not be read (it may have been moved or deleted). Nothing was changed.';

/** The name of the error a refused file rejects with (read-backup-file.ts), checked without loading that module. */
export const backupFileErrorName = 'BackupFileError';
