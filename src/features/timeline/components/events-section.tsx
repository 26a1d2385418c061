// The "Events" section of a page: the dated events about it (or drawn from it, for a source), in order.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Section } from '../../../components/page';
import type { StatementFilter } from '../../../content/statement-filter';
import { eventsQueryOptions } from '../api/events-query';
import { EventList } from './event-list';

export function EventsSection({ filter, title = 'Events' }: { filter: StatementFilter; title?: string }) {
  const { data: events } = useSuspenseQuery(eventsQueryOptions(filter));
  return (
    <Section title={title} isEmpty={events.length === 0}>
      <EventList events={events} />
    </Section>
  );
}
