// /series/$slug/history: the page's revisions, a diff between any two, revert, and what an update left to settle.
import { createFileRoute } from '@tanstack/react-router';
import { HistoryPage, historyLoader } from '../-history-page';
import { historySearch } from '../-search-params';
import { UnknownEntity } from '../-unknown-page';

export const Route = createFileRoute('/series/$slug_/history')({
  validateSearch: historySearch,
  loader: historyLoader('series', 'slug'),
  component: function SeriesHistory() {
    return <HistoryPage kind="series" param={Route.useParams().slug} search={Route.useSearch()} />;
  },
  notFoundComponent: function UnknownSeriesHistory() {
    return <UnknownEntity kind="series" asked={Route.useParams().slug} />;
  },
});
