// The most recent dated events, newest first, for the home page.
import { useSuspenseQuery } from '@tanstack/react-query';
import { eventsQueryOptions } from '../api/events-query';
import { EventList } from './event-list';

export function LatestEvents({ count = 5 }: { count?: number }) {
  const { data: events } = useSuspenseQuery(eventsQueryOptions());
  return <EventList events={events.slice(-count).reverse()} />;
}
