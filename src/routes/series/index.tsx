// /series: every related Marvel–Netflix series.
import { createFileRoute } from '@tanstack/react-router';
import { SubjectListPage, subjectListLoader } from '../-subject-pages';

export const Route = createFileRoute('/series/')({
  loader: subjectListLoader('series'),
  component: () => <SubjectListPage kind="series" />,
});
