// The page's side of reading an import: the file goes to a worker that parses and checks it; where a worker can't run
// (it failed to load, or tests in Node), the same check runs in this thread, loaded on first use.
import { limits, type CheckedFile, type FileEntry } from './bookmark-file';
import { backupFileErrorName, unreadableFileMessage, type ImportWorkerMessage, type ImportWorkerRequest } from './import-backup-protocol';

/** A file the wiki refuses: its message says what was wrong, and nothing was written. */
export class BackupFileError extends Error {
  override name = backupFileErrorName;
}

export async function readBackupFile(file: Blob): Promise<CheckedFile> {
  if (file.size > limits.fileBytes) {
    throw new BackupFileError(`This file is larger than ${limits.fileBytes / 1024 / 1024} MB, more than a backup of this wiki can hold. Nothing was changed.`);
  }
  return typeof Worker === 'function' ? readInWorker(file) : readInThread(file);
}

async function readInThread(file: Blob): Promise<CheckedFile> {
  const { checkBackupText } = await import('./backup-schema');
  let text: string;
  try {
    text = await file.text();
  } catch {
    throw new BackupFileError(unreadableFileMessage);
  }
  const result = checkBackupText(text);
  if (!result.ok) throw new BackupFileError(result.message);
  return result.file;
}

function readInWorker(file: Blob): Promise<CheckedFile> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-backup.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    const entries: FileEntry[] = [];
    worker.onmessage = ({ data }: MessageEvent<ImportWorkerMessage>) => {
      if (data.type === 'entries') {
        for (const entry of data.entries) entries.push(entry);
        return;
      }
      worker.terminate();
      if (data.type === 'refused') reject(new BackupFileError(data.message));
      else resolve({ version: data.version, entries, history: data.history, settings: data.settings });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      readInThread(file).then(resolve, reject);
    };
    worker.postMessage({ file } satisfies ImportWorkerRequest);
  });
}
