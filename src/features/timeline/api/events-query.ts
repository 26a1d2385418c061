// Query factory: dated events in chronological order (all, about one page, or from one source), each with the pages it concerns and the event that later replaced an expectation.
import { queryOptions } from '@tanstack/react-query';
import { entityLink, type EntityLink } from '../../../content/links';
import { refKey, refKind } from '../../../content/refs';
import type { EntityKind, EntityRef, WikiEvent } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import type { WikiDatabase } from '../../../db/wiki-database';

export type TimelineEvent = { event: WikiEvent; outcome?: WikiEvent; links: EntityLink[] };
export type EventFilter = { about: EntityRef } | { source: string } | Record<string, never>;

export const eventsQueryOptions = (filter: EventFilter = {}) =>
  queryOptions({
    queryKey: ['events', filter],
    queryFn: async (): Promise<TimelineEvent[]> => {
      const { db } = await getDatabase();
      const events =
        'about' in filter
          ? await db.events.where('about').equals(filter.about).sortBy('date.value')
          : 'source' in filter
            ? await db.events.where('sources').equals(filter.source).sortBy('date.value')
            : await db.events.orderBy('date.value').toArray();
      const [outcomes, links] = await Promise.all([
        db.events.bulkGet(events.map((event) => event.outcome ?? '')),
        linksTo(db, [...new Set(events.flatMap((event) => event.about))]),
      ]);
      return events.map((event, index) => ({
        event,
        outcome: outcomes[index],
        links: event.about.flatMap((ref) => links.get(ref) ?? []),
      }));
    },
  });

/** Names the pages behind the given references, one bulk read per table. */
async function linksTo(db: WikiDatabase, refs: EntityRef[]): Promise<Map<EntityRef, EntityLink>> {
  const byKind = new Map<EntityKind, string[]>();
  for (const ref of refs) byKind.set(refKind(ref), [...(byKind.get(refKind(ref)) ?? []), refKey(ref)]);
  const links = new Map<EntityRef, EntityLink>();
  for (const [kind, keys] of byKind) {
    const rows = await db.table(kind).bulkGet(kind === 'seasons' ? keys.map(Number) : keys);
    for (const row of rows) {
      if (!row) continue;
      const link = entityLink(kind, row);
      links.set(link.ref, link);
    }
  }
  return links;
}
