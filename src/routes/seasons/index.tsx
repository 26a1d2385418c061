// /seasons: both seasons.
import { createFileRoute } from '@tanstack/react-router';
import { NewPageLink } from '../../components/new-page-link';
import { Page } from '../../components/page';
import { seasonsQueryOptions } from '../../features/seasons/api/seasons-query';
import { SeasonList } from '../../features/seasons/components/season-list';

export const Route = createFileRoute('/seasons/')({
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(seasonsQueryOptions()),
  component: () => (
    <Page
      actions={<NewPageLink kind="seasons" />}
      title="Seasons"
      lede={<p>When each season arrived on Netflix, and what the sources say about it.</p>}
    >
      <SeasonList />
    </Page>
  ),
});
