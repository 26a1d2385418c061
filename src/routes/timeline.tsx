// /timeline: every dated event; the kind and series filters live in the URL (validated, so a bad value falls back to
// "all").
import { createFileRoute, stripSearchParams } from '@tanstack/react-router';
import { Page } from '../components/page';
import { eventKinds } from '../content/kinds';
import { eventsQueryOptions } from '../features/timeline/api/events-query';
import { Timeline } from '../features/timeline/components/timeline';
import { choicesParam, patternParam } from './-search-params';

export const Route = createFileRoute('/timeline')({
  validateSearch: (search: Record<string, unknown>) => ({
    kinds: choicesParam(search.kinds, eventKinds),
    series: patternParam(search.series, /^[a-z0-9-]{1,60}$/, 'all'),
  }),
  // "Every kind" and "all series" are the defaults: they stay out of the URL.
  search: { middlewares: [stripSearchParams({ kinds: [], series: 'all' })] },
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(eventsQueryOptions()),
  component: function TimelineRoute() {
    const filters = Route.useSearch();
    const navigate = Route.useNavigate();
    return (
      <Page
        title="Timeline"
        lede={
          <p>
            Every dated event the sources report, from premieres to production plans, and what became of each
            expectation.
          </p>
        }
      >
        <Timeline filters={filters} onChange={(next) => void navigate({ search: next, replace: true })} />
      </Page>
    );
  },
});
