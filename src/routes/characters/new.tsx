// /characters/new: a new character page, created by the fan.
import { createFileRoute } from '@tanstack/react-router';
import { NewPage, newPageLoader } from '../-edit-page';

export const Route = createFileRoute('/characters/new')({
  loader: newPageLoader,
  component: function NewCharacter() {
    return <NewPage kind="characters" />;
  },
});
