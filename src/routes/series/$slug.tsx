// /series/$slug: one related series.
import { createFileRoute } from '@tanstack/react-router';
import { EntityPage, entityPageLoader } from '../-entity-page';
import { subjectPage } from '../-subject-pages';
import { UnknownEntity } from '../-unknown-page';

const page = subjectPage('series');

export const Route = createFileRoute('/series/$slug')({
  loader: entityPageLoader(page, 'slug'),
  component: function SeriesRoute() {
    return <EntityPage spec={page} param={Route.useParams().slug} />;
  },
  notFoundComponent: function UnknownSeries() {
    return <UnknownEntity kind="series" asked={Route.useParams().slug} />;
  },
});
