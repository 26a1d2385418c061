// Messages between the page and the import worker: the page sends the picked file and where to write it; the worker
// reads, checks and writes it, answering with its progress and then the outcome, a refusal (the file's fault) or a
// failed write (not the file's fault).
export type ImportOutcome = { added: number; updated: number; skipped: number; restoredHistoryAndSettings: boolean };
export type ImportProgress = { written: number; total: number };

export type ImportWorkerRequest = { file: Blob; databaseName: string; historyLimit: number };

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'imported'; outcome: ImportOutcome }
  | { type: 'refused'; message: string }
  | { type: 'write-failed'; name: string; message: string };

/** Pages per write in the import's transaction (and per progress step). */
export const chunkSize = 1_000;

export const unreadableFileMessage =
  'The file could not be read (it may have been moved or deleted). Nothing was changed.';

/** The name of the error a refused file rejects with, checked without loading the module that throws it. */
export const backupFileErrorName = 'BackupFileError';

/**
 * Whether a failed write was the browser's storage being full (Dexie wraps it: `inner`, or a bulk write's `failures`).
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (name === 'QuotaExceededError') return true;
  return isQuotaError(inner) || (Array.isArray(failures) && failures.some(isQuotaError));
}
