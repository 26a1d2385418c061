// /characters/$slug/edit: the editor of a character's page.
import { createFileRoute } from '@tanstack/react-router';
import { EditPage, editPageLoader } from '../-edit-page';
import { UnknownEntity } from '../-unknown-page';

export const Route = createFileRoute('/characters/$slug_/edit')({
  loader: editPageLoader('characters', 'slug'),
  component: function EditCharacter() {
    return <EditPage kind="characters" param={Route.useParams().slug} />;
  },
  notFoundComponent: function UnknownCharacter() {
    return <UnknownEntity kind="characters" asked={Route.useParams().slug} />;
  },
});
