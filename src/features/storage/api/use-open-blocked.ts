// Whether this tab is waiting to open the database because another tab holds an older version of it open (a hook
// that follows the database's "blocked" state).
import { useSyncExternalStore } from 'react';
import { isOpenBlocked, subscribeToOpenBlocked } from '../../../db/database';

export function useOpenBlocked(): boolean {
  return useSyncExternalStore(subscribeToOpenBlocked, isOpenBlocked, isOpenBlocked);
}
