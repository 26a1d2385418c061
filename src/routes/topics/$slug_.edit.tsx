// /topics/$slug/edit: the editor of a topic's page.
import { createFileRoute } from '@tanstack/react-router';
import { EditPage, editPageLoader } from '../-edit-page';
import { UnknownEntity } from '../-unknown-page';

export const Route = createFileRoute('/topics/$slug_/edit')({
  loader: editPageLoader('topics', 'slug'),
  component: function EditTopic() {
    return <EditPage kind="topics" param={Route.useParams().slug} />;
  },
  notFoundComponent: function UnknownTopic() {
    return <UnknownEntity kind="topics" asked={Route.useParams().slug} />;
  },
});
