// Hooks that follow the database connection's states: another tab opened a newer version (this tab closed its
// connection), or this tab's open waits on another tab holding an older version open.
import { useSyncExternalStore } from 'react';
import { openBlocked, versionChanged } from '../../../db/database';

export function useVersionChanged(): boolean {
  return useSyncExternalStore(versionChanged.subscribe, versionChanged.get, versionChanged.get);
}

export function useOpenBlocked(): boolean {
  return useSyncExternalStore(openBlocked.subscribe, openBlocked.get, openBlocked.get);
}
