// Mutation: stores the fan's spoiler choice in the settings table and updates every open page.
import type { QueryClient } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import { spoilerSettingKey, spoilerSettingQueryOptions, type SpoilerChoice } from './spoiler-setting-query';

export async function saveSpoilerChoice(queryClient: QueryClient, choice: SpoilerChoice): Promise<void> {
  queryClient.setQueryData(spoilerSettingQueryOptions().queryKey, { choice, asked: true });
  const { db } = await getDatabase();
  await db.settings.put({ key: spoilerSettingKey, value: choice });
}
