// /people: the cast and crew.
import { createFileRoute } from '@tanstack/react-router';
import { NewPageLink } from '../../components/new-page-link';
import { Page } from '../../components/page';
import { peopleQueryOptions } from '../../features/people/api/people-query';
import { PeopleList } from '../../features/people/components/people-list';

export const Route = createFileRoute('/people/')({
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(peopleQueryOptions()),
  component: () => (
    <Page
      actions={<NewPageLink kind="people" />}
      title="Cast & crew"
      lede={<p>The actors, writers, producers and directors the sources credit.</p>}
    >
      <PeopleList />
    </Page>
  ),
});
