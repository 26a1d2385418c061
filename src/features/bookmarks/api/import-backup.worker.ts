// The import worker: reads the picked file, parses and checks it (backup-schema.ts) and writes it (write-backup.ts),
// all off the page's thread; the page only hears the progress and the outcome.
import { WikiDatabase } from '../../../db/wiki-database';
import { checkBackupText } from './backup-schema';
import {
  isQuotaError,
  unreadableFileMessage,
  type ImportWorkerMessage,
  type ImportWorkerRequest,
} from './import-backup-protocol';
import { writeBackup } from './write-backup';

self.onmessage = async ({ data }: MessageEvent<ImportWorkerRequest>) => {
  const send = (message: ImportWorkerMessage) => self.postMessage(message);
  let text: string;
  try {
    text = await data.file.text();
  } catch {
    send({ type: 'refused', message: unreadableFileMessage });
    return;
  }
  const checked = checkBackupText(text);
  if (!checked.ok) {
    send({ type: 'refused', message: checked.message });
    return;
  }
  const db = new WikiDatabase(data.databaseName);
  try {
    const outcome = await writeBackup(db, checked.file, data.historyLimit, (progress) =>
      send({ type: 'progress', progress }),
    );
    send({ type: 'imported', outcome });
  } catch (error) {
    send({
      type: 'write-failed',
      name: isQuotaError(error) ? 'QuotaExceededError' : error instanceof Error ? error.name : 'Error',
      message: String(error instanceof Error ? error.message : error),
    });
  } finally {
    db.close();
  }
};
