// The "Export backup" button: builds the backup file, hands it to the browser as a download, and says so if that
// failed.
import { useExportBackup } from '../api/import-export';

export function ExportBackupButton({ quiet = false }: { quiet?: boolean }) {
  const exportBackup = useExportBackup();
  const download = () =>
    exportBackup.mutate(undefined, {
      onSuccess: (text) => {
        const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = `jessica-jones-wiki-backup-${new Date().toISOString().slice(0, 10)}.json`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
    });
  return (
    <>
      <button
        type="button"
        className={quiet ? 'button button-quiet' : 'button'}
        disabled={exportBackup.isPending}
        onClick={download}
      >
        Export backup
      </button>
      {exportBackup.isError && (
        <span className="backup-error" role="alert">
          The backup could not be made:{' '}
          {exportBackup.error instanceof Error ? exportBackup.error.message : String(exportBackup.error)}
        </span>
      )}
    </>
  );
}
