// Whether another tab has opened a newer version of the database, so this tab closed its connection (a hook that
// follows the database's version-change event).
import { useSyncExternalStore } from 'react';
import { hasVersionChanged, subscribeToVersionChange } from '../../../db/database';

export function useVersionChanged(): boolean {
  return useSyncExternalStore(subscribeToVersionChange, hasVersionChanged, hasVersionChanged);
}
