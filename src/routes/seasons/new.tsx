// /seasons/new: a new season page, created by the fan.
import { createFileRoute } from '@tanstack/react-router';
import { NewPage, newPageLoader } from '../-edit-page';

export const Route = createFileRoute('/seasons/new')({
  loader: newPageLoader,
  component: function NewSeason() {
    return <NewPage kind="seasons" />;
  },
});
