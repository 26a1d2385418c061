// /seasons/$number: one season's page. Its address is the season's number as written ("2", never "02" or "2.0").
import { createFileRoute } from '@tanstack/react-router';
import { seasonQueryOptions } from '../../features/seasons/api/season-query';
import { SeasonPage } from '../../features/seasons/components/season-page';
import { seasonNumber } from '../../content/refs';
import { EntityPage, entityPageLoader, sectionsAbout, type EntityPageSpec } from '../-entity-page';
import { UnknownEntity } from '../-unknown-page';

const page: EntityPageSpec<number> = {
  kind: 'seasons',
  parseKey: seasonNumber,
  detail: (queryClient, key) => queryClient.ensureQueryData(seasonQueryOptions(key)),
  sections: sectionsAbout('seasons'),
  render: (number, tools, sections) => (
    <SeasonPage number={number} actions={tools}>
      {sections}
    </SeasonPage>
  ),
};

export const Route = createFileRoute('/seasons/$number')({
  loader: entityPageLoader(page, 'number'),
  component: function SeasonRoute() {
    return <EntityPage spec={page} param={Route.useParams().number} />;
  },
  notFoundComponent: function UnknownSeason() {
    return <UnknownEntity kind="seasons" asked={Route.useParams().number} />;
  },
});
