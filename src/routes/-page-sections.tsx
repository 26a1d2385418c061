// What every entity page shares below its own content: facts, quotes and events about it; the loader half preloads them.
import type { QueryClient } from '@tanstack/react-query';
import type { EntityRef } from '../content/schema';
import { factsQueryOptions } from '../features/facts/api/facts-query';
import { quotesQueryOptions } from '../features/facts/api/quotes-query';
import { FactsSection, QuotesSection } from '../features/facts/components/facts-section';
import { eventsQueryOptions } from '../features/timeline/api/events-query';
import { EventsSection } from '../features/timeline/components/events-section';

export function ensurePageSections(queryClient: QueryClient, about: EntityRef) {
  return Promise.all([
    queryClient.ensureQueryData(factsQueryOptions({ about })),
    queryClient.ensureQueryData(quotesQueryOptions({ about })),
    queryClient.ensureQueryData(eventsQueryOptions({ about })),
  ]);
}

export function PageSections({ about }: { about: EntityRef }) {
  return (
    <>
      <FactsSection filter={{ about }} />
      <QuotesSection filter={{ about }} />
      <EventsSection filter={{ about }} />
    </>
  );
}
