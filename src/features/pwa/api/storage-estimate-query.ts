// Query factory: how much the wiki stores on this device (whether it is kept for good: src/lib/persistent-storage.ts).
import { queryOptions } from '@tanstack/react-query';

export type StorageReport = { usedBytes?: number; quotaBytes?: number };

export const storageEstimateQueryOptions = () =>
  queryOptions({
    queryKey: ['storage-estimate'],
    staleTime: 0,
    queryFn: async (): Promise<StorageReport> => {
      const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
      if (!storage?.estimate) return {};
      const estimate = await storage.estimate();
      return { usedBytes: estimate.usage, quotaBytes: estimate.quota };
    },
  });
