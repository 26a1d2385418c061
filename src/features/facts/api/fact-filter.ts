// Which statements a list wants: those about one page, or those drawn from one source article.
import type { EntityRef } from '../../../content/schema';

export type FactFilter = { about: EntityRef } | { source: string };

export function factFilterKey(filter: FactFilter): string[] {
  return 'about' in filter ? ['about', filter.about] : ['source', filter.source];
}
