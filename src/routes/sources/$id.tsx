// /sources/$id: one source article and every fact, quote and event drawn from it.
import { createFileRoute } from '@tanstack/react-router';
import { factsQueryOptions } from '../../features/facts/api/facts-query';
import { quotesQueryOptions } from '../../features/facts/api/quotes-query';
import { FactsSection, QuotesSection } from '../../features/facts/components/facts-section';
import { sourceDigestQueryOptions } from '../../features/sources/api/source-digest-query';
import { sourceQueryOptions } from '../../features/sources/api/source-query';
import { SourcePage } from '../../features/sources/components/source-page';
import { eventsQueryOptions } from '../../features/timeline/api/events-query';
import { EventsSection } from '../../features/timeline/components/events-section';
import { asSlug, EntityPage, entityPageLoader, type EntityPageSpec } from '../-entity-page';
import { UnknownEntity } from '../-unknown-page';

const page: EntityPageSpec<string> = {
  kind: 'sources',
  parseKey: asSlug,
  // The article's digest ("What this article says") is part of its page.
  detail: async (queryClient, id) =>
    (
      await Promise.all([
        queryClient.ensureQueryData(sourceQueryOptions(id)),
        queryClient.ensureQueryData(sourceDigestQueryOptions(id)),
      ])
    )[0],
  sections: [
    {
      preload: (queryClient, source) => queryClient.ensureQueryData(factsQueryOptions({ source })),
      render: (source) => <FactsSection filter={{ source }} title="Facts drawn from it" />,
    },
    {
      preload: (queryClient, source) => queryClient.ensureQueryData(quotesQueryOptions({ source })),
      render: (source) => <QuotesSection filter={{ source }} title="Quotes drawn from it" />,
    },
    {
      preload: (queryClient, source) => queryClient.ensureQueryData(eventsQueryOptions({ source })),
      render: (source) => <EventsSection filter={{ source }} title="Events drawn from it" />,
    },
  ],
  render: (id, tools, sections) => (
    <SourcePage id={id} actions={tools}>
      {sections}
    </SourcePage>
  ),
};

export const Route = createFileRoute('/sources/$id')({
  loader: entityPageLoader(page, 'id'),
  component: function SourceRoute() {
    return <EntityPage spec={page} param={Route.useParams().id} />;
  },
  notFoundComponent: function UnknownSource() {
    return <UnknownEntity kind="sources" asked={Route.useParams().id} />;
  },
});
