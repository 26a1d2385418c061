// Query factory: which corpus this device holds (fingerprint, when it was loaded, how many sources and how recent).
import { queryOptions } from '@tanstack/react-query';
import type { PartialDate } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { readTable } from '../../../db/read-content';

export type CorpusInfo = {
  hash?: string;
  loadedAt?: number;
  sourceCount: number;
  newestSource?: PartialDate;
  storage: 'browser' | 'memory';
};

export const corpusInfoQueryOptions = () =>
  queryOptions({
    queryKey: ['corpus-info'],
    queryFn: async (): Promise<CorpusInfo> => {
      const { db, storage } = await getDatabase();
      const [meta, sources] = await Promise.all([db.meta.get('corpus'), readTable(db, 'sources')]);
      const newest = sources.map((source) => source.published).sort((a, b) => (a.value < b.value ? 1 : -1))[0];
      return { hash: meta?.hash, loadedAt: meta?.loadedAt, sourceCount: sources.length, newestSource: newest, storage };
    },
  });
