// /places: every place the story is set in.
import { createFileRoute } from '@tanstack/react-router';
import { SubjectListPage, subjectListLoader } from '../-subject-pages';

export const Route = createFileRoute('/places/')({
  loader: subjectListLoader('places'),
  component: () => <SubjectListPage kind="places" />,
});
