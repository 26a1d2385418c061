// /series/$slug: one related series.
import { createFileRoute } from '@tanstack/react-router';
import { SubjectRoutePage, subjectLoader, UnknownSubject } from '../-subject-pages';

export const Route = createFileRoute('/series/$slug')({
  loader: subjectLoader('series'),
  component: function SeriesRoute() {
    return <SubjectRoutePage kind="series" slug={Route.useParams().slug} />;
  },
  notFoundComponent: function UnknownSeries() {
    return <UnknownSubject kind="series" slug={Route.useParams().slug} />;
  },
});
