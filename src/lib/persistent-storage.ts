// Whether the browser keeps the wiki's data for good (navigator.storage.persisted), and asking it to (persist): the one
// place that talks to the Storage API's persistence, for the bookmarks notice, /about and the installed app.
import { queryOptions } from '@tanstack/react-query';

/**
 * 'persisted': kept even under storage pressure; 'may-clear': the browser may delete it; 'unknown': it won't say (no
 * navigator.storage, as in WebKitGTK).
 */
export type Persistence = 'persisted' | 'may-clear' | 'unknown';

export async function readPersistence(): Promise<Persistence> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted) return 'unknown';
  try {
    return (await storage.persisted()) ? 'persisted' : 'may-clear';
  } catch {
    return 'unknown';
  }
}

export const persistenceQueryOptions = () =>
  queryOptions({ queryKey: ['storage-persistence'], staleTime: 0, queryFn: readPersistence });

/**
 * Asks the browser to keep the wiki's data even under storage pressure; answers whether it will (false when it can't be
 * asked).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
