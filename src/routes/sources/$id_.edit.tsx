// /sources/$id/edit: the editor of a source's page.
import { createFileRoute } from '@tanstack/react-router';
import { EditPage, editPageLoader } from '../-edit-page';
import { UnknownEntity } from '../-unknown-page';

export const Route = createFileRoute('/sources/$id_/edit')({
  loader: editPageLoader('sources', 'id'),
  component: function EditSource() {
    return <EditPage kind="sources" param={Route.useParams().id} />;
  },
  notFoundComponent: function UnknownSource() {
    return <UnknownEntity kind="sources" asked={Route.useParams().id} />;
  },
});
