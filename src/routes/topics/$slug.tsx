// /topics/$slug: one theme.
import { createFileRoute } from '@tanstack/react-router';
import { EntityPage, entityPageLoader } from '../-entity-page';
import { subjectPage } from '../-subject-pages';
import { UnknownEntity } from '../-unknown-page';

const page = subjectPage('topics');

export const Route = createFileRoute('/topics/$slug')({
  loader: entityPageLoader(page, 'slug'),
  component: function TopicRoute() {
    return <EntityPage spec={page} param={Route.useParams().slug} />;
  },
  notFoundComponent: function UnknownTopic() {
    return <UnknownEntity kind="topics" asked={Route.useParams().slug} />;
  },
});
