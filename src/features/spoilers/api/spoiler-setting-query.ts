// Query factory: the fan's spoiler level (the last season watched) from the Dexie settings table, and whether they have
// been asked (each read also notes that on the device, for prerendered pages to hide the question before they paint).
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import { noteSpoilerAnswered } from '../../../lib/spoiler-answered-note';

export const spoilerSettingKey = 'spoiler-level';
/** What the fan has watched: nothing yet, up to a season, or everything. */
export type SpoilerChoice = 0 | 1 | 'all';
export type SpoilerSetting = { choice: SpoilerChoice; asked: boolean };

export function spoilerLevelOf(choice: SpoilerChoice): number {
  return choice === 'all' ? Infinity : choice;
}

export const spoilerSettingQueryOptions = () =>
  queryOptions({
    queryKey: ['settings', spoilerSettingKey],
    queryFn: async (): Promise<SpoilerSetting> => {
      const { db } = await getDatabase();
      const stored = (await db.settings.get(spoilerSettingKey))?.value;
      // Until the fan answers, nothing is spoiled: a spoiler can't be unread.
      const setting: SpoilerSetting =
        stored === 0 || stored === 1 || stored === 'all'
          ? { choice: stored, asked: true }
          : { choice: 0, asked: false };
      noteSpoilerAnswered(setting.asked);
      return setting;
    },
  });

/**
 * The fan's spoiler level for a loader, read through the same query the root route gives every component (as the
 * spoiler shield's context): one source, so loaders and components build the same query keys.
 */
export async function loadSpoilerLevel(queryClient: QueryClient): Promise<number> {
  return spoilerLevelOf((await queryClient.ensureQueryData(spoilerSettingQueryOptions())).choice);
}
