// /$kind/$key/edit: the editor of any page (a character's, a season's, a source's, …).
import { createFileRoute } from '@tanstack/react-router';
import { EditPage, editPageLoader } from './-edit-page';
import { UnknownKindPage } from './-unknown-page';

export const Route = createFileRoute('/$kind/$key/edit')({
  loader: editPageLoader,
  component: function EditRoute() {
    return <EditPage params={Route.useParams()} />;
  },
  notFoundComponent: function UnknownEditedPage() {
    const { kind, key } = Route.useParams();
    return <UnknownKindPage kind={kind} asked={key} />;
  },
});
