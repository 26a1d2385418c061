// /places/$slug/edit: the editor of a place's page.
import { createFileRoute } from '@tanstack/react-router';
import { EditPage, editPageLoader } from '../-edit-page';
import { UnknownEntity } from '../-unknown-page';

export const Route = createFileRoute('/places/$slug_/edit')({
  loader: editPageLoader('places', 'slug'),
  component: function EditPlace() {
    return <EditPage kind="places" param={Route.useParams().slug} />;
  },
  notFoundComponent: function UnknownPlace() {
    return <UnknownEntity kind="places" asked={Route.useParams().slug} />;
  },
});
