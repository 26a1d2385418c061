// /sources/new: a new source page, created by the fan.
import { createFileRoute } from '@tanstack/react-router';
import { NewPage, newPageLoader } from '../-edit-page';

export const Route = createFileRoute('/sources/new')({
  loader: newPageLoader,
  component: function NewSource() {
    return <NewPage kind="sources" />;
  },
});
