// /places/$slug: one place.
import { createFileRoute } from '@tanstack/react-router';
import { SubjectRoutePage, subjectLoader, UnknownSubject } from '../-subject-pages';

export const Route = createFileRoute('/places/$slug')({
  loader: subjectLoader('places'),
  component: function PlacesRoute() {
    return <SubjectRoutePage kind="places" slug={Route.useParams().slug} />;
  },
  notFoundComponent: function UnknownPlaces() {
    return <UnknownSubject kind="places" slug={Route.useParams().slug} />;
  },
});
