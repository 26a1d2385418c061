// /series/$slug/edit: the editor of a series' page.
import { createFileRoute } from '@tanstack/react-router';
import { EditPage, editPageLoader } from '../-edit-page';
import { UnknownEntity } from '../-unknown-page';

export const Route = createFileRoute('/series/$slug_/edit')({
  loader: editPageLoader('series', 'slug'),
  component: function EditSeries() {
    return <EditPage kind="series" param={Route.useParams().slug} />;
  },
  notFoundComponent: function UnknownSeries() {
    return <UnknownEntity kind="series" asked={Route.useParams().slug} />;
  },
});
