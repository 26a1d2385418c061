// Mutation hooks: export everything the fan made as one backup file, and import one with its progress; failures are
// told apart (the file's problem, or saving failed). The work itself (backup-io.ts) loads on first use.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { backupFileErrorName, isQuotaError, type ImportProgress } from './import-backup-protocol';
import { historyLimit } from './record-view';
import { unsavedChangesQueryKey } from './unsaved-changes-query';

const backupIo = () => import('./backup-io');

/** What the fan reads when an import fails: the file's own problem, or that saving failed (not the file's fault). */
export function importFailureMessage(error: unknown): string {
  if (error instanceof Error && error.name === backupFileErrorName) return error.message;
  const cause = isQuotaError(error)
    ? 'the browser’s storage for this site is full'
    : error instanceof Error
      ? error.message
      : String(error);
  return `The file is fine, but it could not be saved: ${cause}. Nothing was changed.`;
}

export function useExportBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await backupIo()).exportBackup(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unsavedChangesQueryKey }),
  });
}

/** Reads, checks and writes a picked file (in a worker); `progress` counts pages written while it runs. */
export function useImportBackup() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<ImportProgress | undefined>(undefined);
  const mutation = useMutation({
    mutationFn: async (file: Blob) => {
      setProgress(undefined);
      return (await backupIo()).importBackupFile(file, historyLimit, setProgress);
    },
    // A restore can change every user table, settings other features read included: every query reads again. Not
    // awaited: the result shows now, and the lists follow as they reload.
    onSuccess: () => void queryClient.invalidateQueries(),
    onSettled: () => setProgress(undefined),
  });
  return { ...mutation, progress };
}
