// Query factory: the quotes about a page or spoken by its subject (each once), or the quotes drawn from one source.
import { queryOptions } from '@tanstack/react-query';
import type { Quote } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { factFilterKey, type FactFilter } from './fact-filter';

export const quotesQueryOptions = (filter: FactFilter) =>
  queryOptions({
    queryKey: ['quotes', ...factFilterKey(filter)],
    queryFn: async (): Promise<Quote[]> => {
      const { db } = await getDatabase();
      if ('source' in filter) return db.quotes.where('sources').equals(filter.source).toArray();
      const [spoken, aboutIt] = await Promise.all([
        db.quotes.where('speaker').equals(filter.about).toArray(),
        db.quotes.where('about').equals(filter.about).toArray(),
      ]);
      return [...new Map([...spoken, ...aboutIt].map((quote) => [quote.id, quote])).values()];
    },
  });
