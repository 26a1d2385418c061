// /series/new: a new series page, created by the fan.
import { createFileRoute } from '@tanstack/react-router';
import { NewPage, newPageLoader } from '../-edit-page';

export const Route = createFileRoute('/series/new')({
  loader: newPageLoader,
  component: function NewSeries() {
    return <NewPage kind="series" />;
  },
});
