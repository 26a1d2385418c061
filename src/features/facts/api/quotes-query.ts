// Query factory: the quotes about a page or spoken by its subject (each once), or the quotes drawn from one source,
// each with its speaker named.
import { queryOptions } from '@tanstack/react-query';
import type { EntityLink } from '../../../content/links';
import { statementFilterKey, type StatementFilter } from '../../../content/statement-filter';
import { getDatabase } from '../../../db/database';
import { readPageLinks } from '../../../db/page-links';
import { readWhere, type Read } from '../../../db/read-content';
import { readsContentOnly } from '../../../lib/query-client';

export type QuoteItem = { quote: Read<'quotes'>; speaker: EntityLink };

export const quotesQueryOptions = (filter: StatementFilter) =>
  queryOptions({
    queryKey: ['quotes', ...statementFilterKey(filter)],
    meta: readsContentOnly,
    queryFn: async (): Promise<QuoteItem[]> => {
      const { db } = await getDatabase();
      const quotes =
        'source' in filter
          ? await readWhere(db, 'quotes', 'source', [filter.source])
          : [
              ...new Map(
                (
                  await Promise.all([
                    readWhere(db, 'quotes', 'speaker', [filter.about]),
                    readWhere(db, 'quotes', 'about', [filter.about]),
                  ])
                )
                  .flat()
                  .map((quote) => [quote.id, quote]),
              ).values(),
            ];
      const links = await readPageLinks(
        db,
        quotes.map((quote) => quote.speaker),
      );
      return quotes.map((quote) => ({
        quote,
        speaker: links.get(quote.speaker) ?? { ref: quote.speaker, name: quote.speaker },
      }));
    },
  });
