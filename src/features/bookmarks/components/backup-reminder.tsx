// A quiet reminder on /bookmarks once many bookmarks and notes were made or changed since the last backup file.
import { useQuery } from '@tanstack/react-query';
import { unsavedChangesQueryOptions } from '../api/unsaved-changes-query';
import { ExportBackupButton } from './export-backup-button';

/** Changes since the last export before the reminder shows. */
export const reminderThreshold = 20;

export function BackupReminder() {
  const { data } = useQuery(unsavedChangesQueryOptions());
  if (!data || data.count < reminderThreshold) return null;
  const count = data.count.toLocaleString('en');
  return (
    <div className="backup-reminder" role="status">
      <p>
        {data.lastExportAt === undefined
          ? `${count} bookmarks and notes exist only in this browser: you haven’t saved a backup file yet.`
          : `${count} bookmarks and notes were added or changed since your last backup file (${new Date(data.lastExportAt).toLocaleDateString('en')}).`}{' '}
        A backup keeps them if the browser clears this site’s storage.
      </p>
      <ExportBackupButton quiet />
    </div>
  );
}
