// Query factory: dated events in chronological order (all, about one page, or from one source), each with the pages it concerns and the event that later replaced an expectation.
import { queryOptions } from '@tanstack/react-query';
import type { EntityLink } from '../../../content/links';
import type { EntityRef, WikiEvent } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { readPageLinks } from '../../../db/page-links';

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
        readPageLinks(db, events.flatMap((event) => event.about)),
      ]);
      return events.map((event, index) => ({
        event,
        outcome: outcomes[index],
        links: event.about.flatMap((ref) => links.get(ref) ?? []),
      }));
    },
  });
