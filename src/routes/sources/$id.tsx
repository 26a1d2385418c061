// /sources/$id: one source article and every fact, quote and event drawn from it.
import { createFileRoute, Link, notFound } from '@tanstack/react-router';
import { NotFound } from '../../components/not-found';
import { factsQueryOptions } from '../../features/facts/api/facts-query';
import { quotesQueryOptions } from '../../features/facts/api/quotes-query';
import { FactsSection, QuotesSection } from '../../features/facts/components/facts-section';
import { sourceDigestQueryOptions } from '../../features/sources/api/source-digest-query';
import { sourceQueryOptions } from '../../features/sources/api/source-query';
import { SourcePage } from '../../features/sources/components/source-page';
import { eventsQueryOptions } from '../../features/timeline/api/events-query';
import { EventsSection } from '../../features/timeline/components/events-section';
import { entityRef } from '../../content/refs';
import { PageTools } from '../../features/bookmarks/components/page-tools';

export const Route = createFileRoute('/sources/$id')({
  loader: async ({ context: { queryClient }, params: { id } }) => {
    const [detail] = await Promise.all([
      queryClient.ensureQueryData(sourceQueryOptions(id)),
      queryClient.ensureQueryData(sourceDigestQueryOptions(id)),
      queryClient.ensureQueryData(factsQueryOptions({ source: id })),
      queryClient.ensureQueryData(quotesQueryOptions({ source: id })),
      queryClient.ensureQueryData(eventsQueryOptions({ source: id })),
    ]);
    if (!detail) throw notFound();
  },
  component: function SourceRoute() {
    const { id } = Route.useParams();
    return (
      <SourcePage id={id} actions={<PageTools about={entityRef('sources', id)} />}>
        <FactsSection filter={{ source: id }} title="Facts drawn from it" />
        <QuotesSection filter={{ source: id }} title="Quotes drawn from it" />
        <EventsSection filter={{ source: id }} title="Events drawn from it" />
      </SourcePage>
    );
  },
  notFoundComponent: function UnknownSource() {
    return <NotFound what="source" asked={Route.useParams().id} backTo={<Link to="/sources">All sources</Link>} />;
  },
});
