// Query factory: the facts about one page, or drawn from one source, in key order, each with the pages it concerns named.
import { queryOptions } from '@tanstack/react-query';
import type { EntityLink } from '../../../content/links';
import type { Fact } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { readPageLinks } from '../../../db/page-links';
import { readWhere } from '../../../db/read-content';
import { factFilterKey, type FactFilter } from './fact-filter';

export type FactItem = { fact: Fact; links: EntityLink[] };

export const factsQueryOptions = (filter: FactFilter) =>
  queryOptions({
    queryKey: ['facts', ...factFilterKey(filter)],
    queryFn: async (): Promise<FactItem[]> => {
      const { db } = await getDatabase();
      const facts = 'about' in filter ? await readWhere(db, 'facts', 'about', [filter.about]) : await readWhere(db, 'facts', 'source', [filter.source]);
      const links = await readPageLinks(db, facts.flatMap((fact) => fact.about));
      return facts.map((fact) => ({ fact, links: fact.about.flatMap((ref) => links.get(ref) ?? []) }));
    },
  });
