// Query factory: how many bookmarks and notes were made or changed since the last export, counted from their dates on
// the indexed `addedAt`/`updatedAt` (so no write anywhere needs to keep a counter; removals are not counted).
import { queryOptions } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import { lastExportSettingKey } from './backup-limits';
import { bookmarksQueryKey } from './bookmarks-query';

/**
 * Under the bookmarks key, so whatever refreshes the bookmarks (in this tab or from another) refreshes this count too.
 */
export const unsavedChangesQueryKey = [...bookmarksQueryKey, 'unsaved-changes'] as const;

export type UnsavedChanges = { count: number; lastExportAt?: number };

export const unsavedChangesQueryOptions = () =>
  queryOptions({
    queryKey: unsavedChangesQueryKey,
    queryFn: async (): Promise<UnsavedChanges> => {
      const { db } = await getDatabase();
      const stored = (await db.settings.get(lastExportSettingKey))?.value;
      const lastExportAt = typeof stored === 'number' ? stored : undefined;
      const since = lastExportAt ?? -1;
      const [bookmarks, notes] = await Promise.all([
        db.bookmarks.where('addedAt').above(since).count(),
        db.notes.where('updatedAt').above(since).count(),
      ]);
      return { count: bookmarks + notes, lastExportAt };
    },
  });
