// Names the pages behind entity references ("seasons:2" → Season 2), one bulk read per table; refs no longer in the
// corpus are left out.
import { entityLink, type EntityLink } from '../content/links';
import { refKey, refKind } from '../content/refs';
import type { EntityKind, EntityRef } from '../content/schema';
import { readPages } from './read-content';
import type { WikiDatabase } from './wiki-database';

export async function readPageLinks(db: WikiDatabase, refs: readonly EntityRef[]): Promise<Map<EntityRef, EntityLink>> {
  const keysByKind = new Map<EntityKind, string[]>();
  for (const ref of new Set(refs)) {
    const keys = keysByKind.get(refKind(ref));
    if (keys) keys.push(refKey(ref));
    else keysByKind.set(refKind(ref), [refKey(ref)]);
  }
  const links = new Map<EntityRef, EntityLink>();
  await Promise.all(
    [...keysByKind].map(async ([kind, keys]) => {
      const rows = await readPages(db, kind, kind === 'seasons' ? keys.map(Number) : keys);
      for (const row of rows) {
        const link = entityLink(kind, row);
        links.set(link.ref, link);
      }
    }),
  );
  return links;
}
