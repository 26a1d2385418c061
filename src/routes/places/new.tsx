// /places/new: a new place page, created by the fan.
import { createFileRoute } from '@tanstack/react-router';
import { NewPage, newPageLoader } from '../-edit-page';

export const Route = createFileRoute('/places/new')({
  loader: newPageLoader,
  component: function NewPlace() {
    return <NewPage kind="places" />;
  },
});
