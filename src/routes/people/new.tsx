// /people/new: a new person page, created by the fan.
import { createFileRoute } from '@tanstack/react-router';
import { NewPage, newPageLoader } from '../-edit-page';

export const Route = createFileRoute('/people/new')({
  loader: newPageLoader,
  component: function NewPerson() {
    return <NewPage kind="people" />;
  },
});
