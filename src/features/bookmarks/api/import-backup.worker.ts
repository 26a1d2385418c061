// The import worker: reads the picked file, parses and checks it (backup-schema.ts) and sends it back in chunks, off the page's thread.
import { checkBackupText } from './backup-schema';
import { chunkSize, unreadableFileMessage, type ImportWorkerMessage, type ImportWorkerRequest } from './import-backup-protocol';

self.onmessage = async ({ data }: MessageEvent<ImportWorkerRequest>) => {
  const send = (message: ImportWorkerMessage) => self.postMessage(message);
  let text: string;
  try {
    text = await data.file.text();
  } catch {
    send({ type: 'refused', message: unreadableFileMessage });
    return;
  }
  const result = checkBackupText(text);
  if (!result.ok) {
    send({ type: 'refused', message: result.message });
    return;
  }
  const { entries, version, history, settings } = result.file;
  for (let start = 0; start < entries.length; start += chunkSize) send({ type: 'entries', entries: entries.slice(start, start + chunkSize) });
  send({ type: 'checked', version, history, settings });
};
