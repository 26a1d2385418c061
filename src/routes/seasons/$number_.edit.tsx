// /seasons/$number/edit: the editor of a season's page.
import { createFileRoute } from '@tanstack/react-router';
import { EditPage, editPageLoader } from '../-edit-page';
import { UnknownEntity } from '../-unknown-page';

export const Route = createFileRoute('/seasons/$number_/edit')({
  loader: editPageLoader('seasons', 'number'),
  component: function EditSeason() {
    return <EditPage kind="seasons" param={Route.useParams().number} />;
  },
  notFoundComponent: function UnknownSeason() {
    return <UnknownEntity kind="seasons" asked={Route.useParams().number} />;
  },
});
