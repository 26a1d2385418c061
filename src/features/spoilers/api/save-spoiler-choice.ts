// Mutation: stores the fan's spoiler choice in the settings table, then re-reads it, so every open page follows what is
// stored: the shown level never runs ahead of the stored one (a failed save leaves the stored level showing, and says
// so).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import { spoilerSettingKey, spoilerSettingQueryOptions, type SpoilerChoice } from './spoiler-setting-query';

export async function saveSpoilerChoice(choice: SpoilerChoice): Promise<void> {
  const { db } = await getDatabase();
  await db.settings.put({ key: spoilerSettingKey, value: choice });
}

export function useSaveSpoilerChoice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSpoilerChoice,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: spoilerSettingQueryOptions().queryKey }),
  });
}
