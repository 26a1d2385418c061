// A link to one wiki page, as the pages and lists pass it around: the reference and the name to show.
import { entityRef } from './refs.ts';
import type { EntityKind, EntityRef } from './schema.ts';

export type EntityLink = { ref: EntityRef; name: string };

/** The link to a corpus row's page: seasons are keyed by number, sources by id, everything else by slug. */
export function entityLink(kind: EntityKind, row: { name?: string; title?: string; slug?: string; number?: number; id?: string }): EntityLink {
  const key = row.slug ?? row.number ?? row.id ?? '';
  return { ref: entityRef(kind, key), name: row.name ?? row.title ?? String(key) };
}
