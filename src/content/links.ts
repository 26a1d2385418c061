// A link to one wiki page, as the pages and lists pass it around: the reference and the name to show.
import { entityRef } from './refs.ts';
import type { EntityKind, EntityRef } from './schema.ts';
import { keyOf, pageName, type Row } from './tables.ts';

export type EntityLink = { ref: EntityRef; name: string };

/** The link to a corpus row's page (seasons are keyed by number, sources by id, everything else by slug). */
export function entityLink<K extends EntityKind>(kind: K, row: Row<K>): EntityLink {
  return { ref: entityRef(kind, keyOf(kind, row)), name: pageName(row) };
}
