// /topics/new: a new topic page, created by the fan.
import { createFileRoute } from '@tanstack/react-router';
import { NewPage, newPageLoader } from '../-edit-page';

export const Route = createFileRoute('/topics/new')({
  loader: newPageLoader,
  component: function NewTopic() {
    return <NewPage kind="topics" />;
  },
});
