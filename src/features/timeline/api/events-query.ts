// Query factory: dated events in chronological order (all, about one page, or from one source), each with the pages it
// concerns and the event that later replaced an expectation.
import { queryOptions } from '@tanstack/react-query';
import type { EntityLink } from '../../../content/links';
import type { WikiEvent } from '../../../content/schema';
import { statementFilterKey, statementLookup, type StatementFilter } from '../../../content/statement-filter';
import { getDatabase } from '../../../db/database';
import { readPageLinks } from '../../../db/page-links';
import { readTable, readWhere, type Read } from '../../../db/read-content';
import { readsContentOnly } from '../../../lib/query-client';

export type TimelineEvent = { event: Read<'events'>; outcome?: WikiEvent; links: EntityLink[] };

/** Without a filter, every event (the timeline). */
export const eventsQueryOptions = (filter?: StatementFilter) =>
  queryOptions({
    queryKey: ['events', ...(filter ? statementFilterKey(filter) : ['all'])],
    meta: readsContentOnly,
    queryFn: async (): Promise<TimelineEvent[]> => {
      const { db } = await getDatabase();
      const lookup = filter && statementLookup(filter);
      const events = (
        lookup ? await readWhere(db, 'events', lookup.field, [lookup.value]) : await readTable(db, 'events')
      ).sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : 0));
      const [outcomes, links] = await Promise.all([
        readWhere(
          db,
          'events',
          'id',
          events.flatMap((event) => event.outcome ?? []),
        ),
        readPageLinks(
          db,
          events.flatMap((event) => event.about),
        ),
      ]);
      const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
      return events.map((event) => ({
        event,
        outcome: event.outcome === undefined ? undefined : byId.get(event.outcome),
        links: event.about.flatMap((ref) => links.get(ref) ?? []),
      }));
    },
  });
