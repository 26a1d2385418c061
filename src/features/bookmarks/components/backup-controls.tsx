// Back up: export everything the fan made to one file, and import a backup or an older bookmarks file, with its
// progress and result (a broken file or a failed write gets a message and changes nothing).
import { useRef } from 'react';
import { importFailureMessage, useImportBackup } from '../api/import-export';
import { ExportBackupButton } from './export-backup-button';

export function BackupControls() {
  const input = useRef<HTMLInputElement>(null);
  const importBackup = useImportBackup();

  const upload = (file: File | undefined) => {
    if (!file) return;
    importBackup.mutate(file, {
      onSettled: () => {
        if (input.current) input.current.value = '';
      },
    });
  };

  return (
    <div className="backup-controls">
      <p className="backup-about">
        One file with your bookmarks, notes, recently viewed pages and settings. Importing one adds what it holds to
        what is here; bookmarks files from earlier versions of the wiki import too.
      </p>
      <ExportBackupButton />
      <label className="button button-quiet file-button" aria-disabled={importBackup.isPending}>
        Import a file
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          disabled={importBackup.isPending}
          onChange={(event) => upload(event.target.files?.[0])}
        />
      </label>
      <ImportStatus importBackup={importBackup} />
    </div>
  );
}

function ImportStatus({ importBackup }: { importBackup: ReturnType<typeof useImportBackup> }) {
  const { isPending, isError, isSuccess, error, data, progress } = importBackup;
  if (isError) {
    return (
      <p className="backup-message backup-error" role="alert">
        {importFailureMessage(error)}
      </p>
    );
  }
  let text = '';
  if (isPending)
    text = progress
      ? `Importing… ${progress.written.toLocaleString('en')} of ${progress.total.toLocaleString('en')}`
      : 'Checking the file…';
  else if (isSuccess) {
    text = `Imported: ${data.added.toLocaleString('en')} added, ${data.updated.toLocaleString('en')} updated.`;
    if (data.skipped > 0)
      text += ` ${data.skipped.toLocaleString('en')} notes on pages that aren’t bookmarked were left out.`;
    if (data.restoredHistoryAndSettings) text += ' Recently viewed pages and settings restored.';
  }
  return (
    <p className="backup-message" role="status">
      {text}
    </p>
  );
}
