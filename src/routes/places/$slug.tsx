// /places/$slug: one place.
import { createFileRoute } from '@tanstack/react-router';
import { EntityPage, entityPageLoader } from '../-entity-page';
import { subjectPage } from '../-subject-pages';
import { UnknownEntity } from '../-unknown-page';

const page = subjectPage('places');

export const Route = createFileRoute('/places/$slug')({
  loader: entityPageLoader(page, 'slug'),
  component: function PlaceRoute() {
    return <EntityPage spec={page} param={Route.useParams().slug} />;
  },
  notFoundComponent: function UnknownPlace() {
    return <UnknownEntity kind="places" asked={Route.useParams().slug} />;
  },
});
