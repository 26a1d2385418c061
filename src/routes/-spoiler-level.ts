// A loader helper: the fan's spoiler level, for loaders that preload a query which depends on it.
import type { QueryClient } from '@tanstack/react-query';
import { spoilerLevelOf, spoilerSettingQueryOptions } from '../features/spoilers/api/spoiler-setting-query';

export async function loadSpoilerLevel(queryClient: QueryClient): Promise<number> {
  return spoilerLevelOf((await queryClient.ensureQueryData(spoilerSettingQueryOptions())).choice);
}
