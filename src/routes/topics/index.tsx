// /topics: every theme the sources discuss.
import { createFileRoute } from '@tanstack/react-router';
import { SubjectListPage, subjectListLoader } from '../-subject-pages';

export const Route = createFileRoute('/topics/')({
  loader: subjectListLoader('topics'),
  component: () => <SubjectListPage kind="topics" />,
});
