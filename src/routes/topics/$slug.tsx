// /topics/$slug: one theme.
import { createFileRoute } from '@tanstack/react-router';
import { SubjectRoutePage, subjectLoader, UnknownSubject } from '../-subject-pages';

export const Route = createFileRoute('/topics/$slug')({
  loader: subjectLoader('topics'),
  component: function TopicsRoute() {
    return <SubjectRoutePage kind="topics" slug={Route.useParams().slug} />;
  },
  notFoundComponent: function UnknownTopics() {
    return <UnknownSubject kind="topics" slug={Route.useParams().slug} />;
  },
});
