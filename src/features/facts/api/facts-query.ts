// Query factory: the facts about one page, or drawn from one source, in key order, each with the pages it concerns
// named.
import { queryOptions } from '@tanstack/react-query';
import type { EntityLink } from '../../../content/links';
import { statementFilterKey, statementLookup, type StatementFilter } from '../../../content/statement-filter';
import { getDatabase } from '../../../db/database';
import { readPageLinks } from '../../../db/page-links';
import { readWhere, type Read } from '../../../db/read-content';
import { readsContentOnly } from '../../../lib/query-client';

export type FactItem = { fact: Read<'facts'>; links: EntityLink[] };

export const factsQueryOptions = (filter: StatementFilter) =>
  queryOptions({
    queryKey: ['facts', ...statementFilterKey(filter)],
    meta: readsContentOnly,
    queryFn: async (): Promise<FactItem[]> => {
      const { db } = await getDatabase();
      const { field, value } = statementLookup(filter);
      const facts = await readWhere(db, 'facts', field, [value]);
      const links = await readPageLinks(
        db,
        facts.flatMap((fact) => fact.about),
      );
      return facts.map((fact) => ({ fact, links: fact.about.flatMap((ref) => links.get(ref) ?? []) }));
    },
  });
