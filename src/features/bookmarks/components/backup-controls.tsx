// Export the bookmarks and notes to a JSON file, and import one (a broken file gets a message and changes nothing); the file code and its validator load on first use.
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';

const importExport = () => import('../api/import-export');

type Message = { tone: 'ok' | 'error'; text: string };

export function BackupControls() {
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    const { exportBookmarks } = await importExport();
    const text = await exportBookmarks();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `jessica-jones-wiki-bookmarks-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const { importBookmarks } = await importExport();
      const outcome = await importBookmarks(queryClient, await file.text());
      setMessage(outcome.ok ? { tone: 'ok', text: `Imported: ${outcome.added} added, ${outcome.updated} updated.` } : { tone: 'error', text: outcome.message });
    } catch {
      setMessage({ tone: 'error', text: 'The file could not be read. Nothing was changed.' });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="backup-controls">
      <button type="button" className="button" onClick={() => void download()}>Export bookmarks</button>
      <label className="button button-quiet file-button">
        {busy ? 'Importing…' : 'Import bookmarks'}
        <input ref={input} type="file" accept="application/json,.json" className="visually-hidden" onChange={(event) => void upload(event.target.files?.[0])} />
      </label>
      <p className={message?.tone === 'error' ? 'backup-message backup-error' : 'backup-message'} role={message?.tone === 'error' ? 'alert' : 'status'}>
        {message?.text}
      </p>
    </div>
  );
}
