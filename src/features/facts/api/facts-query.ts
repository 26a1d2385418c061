// Query factory: the facts about one page, or drawn from one source, in corpus order.
import { queryOptions } from '@tanstack/react-query';
import type { Fact } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { factFilterKey, type FactFilter } from './fact-filter';

export const factsQueryOptions = (filter: FactFilter) =>
  queryOptions({
    queryKey: ['facts', ...factFilterKey(filter)],
    queryFn: async (): Promise<Fact[]> => {
      const { db } = await getDatabase();
      return 'about' in filter ? db.facts.where('about').equals(filter.about).toArray() : db.facts.where('sources').equals(filter.source).toArray();
    },
  });
