// Query factory: how much the wiki stores on this device and whether the browser keeps it persistently.
import { queryOptions } from '@tanstack/react-query';

export type StorageReport = { usedBytes?: number; quotaBytes?: number; persisted?: boolean };

export const storageEstimateQueryOptions = () =>
  queryOptions({
    queryKey: ['storage-estimate'],
    staleTime: 0,
    queryFn: async (): Promise<StorageReport> => {
      const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
      if (!storage?.estimate) return {};
      const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(undefined)]);
      return { usedBytes: estimate.usage, quotaBytes: estimate.quota, persisted };
    },
  });

/** Asks the browser to keep the wiki's data even under storage pressure; answers whether it will. */
export async function requestPersistentStorage(): Promise<boolean> {
  return (await navigator.storage?.persist?.()) ?? false;
}
