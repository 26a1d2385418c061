// /people/$slug/edit: the editor of a person's page.
import { createFileRoute } from '@tanstack/react-router';
import { EditPage, editPageLoader } from '../-edit-page';
import { UnknownEntity } from '../-unknown-page';

export const Route = createFileRoute('/people/$slug_/edit')({
  loader: editPageLoader('people', 'slug'),
  component: function EditPerson() {
    return <EditPage kind="people" param={Route.useParams().slug} />;
  },
  notFoundComponent: function UnknownPerson() {
    return <UnknownEntity kind="people" asked={Route.useParams().slug} />;
  },
});
