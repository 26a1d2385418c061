// Which statements (facts, quotes, events) a list wants: those about one page, or those drawn from one source
// article; the same filter names the list's query and the lookup that reads it.
import type { EntityRef } from './schema.ts';

export type StatementFilter = { about: EntityRef } | { source: string };

/** The filter as query-key parts: ["about", "characters:kilgrave"] or ["source", "000_…"]. */
export function statementFilterKey(filter: StatementFilter): string[] {
  return 'about' in filter ? ['about', filter.about] : ['source', filter.source];
}

/** The lookup field of the statement tables the filter reads by, and its value. */
export function statementLookup(filter: StatementFilter): { field: 'about' | 'source'; value: string } {
  return 'about' in filter ? { field: 'about', value: filter.about } : { field: 'source', value: filter.source };
}
