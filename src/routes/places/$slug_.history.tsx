// /places/$slug/history: the page's revisions, a diff between any two, revert, and what an update left to settle.
import { createFileRoute } from '@tanstack/react-router';
import { HistoryPage, historyLoader } from '../-history-page';
import { historySearch } from '../-search-params';
import { UnknownEntity } from '../-unknown-page';

export const Route = createFileRoute('/places/$slug_/history')({
  validateSearch: historySearch,
  loader: historyLoader('places', 'slug'),
  component: function PlaceHistory() {
    return <HistoryPage kind="places" param={Route.useParams().slug} search={Route.useSearch()} />;
  },
  notFoundComponent: function UnknownPlaceHistory() {
    return <UnknownEntity kind="places" asked={Route.useParams().slug} />;
  },
});
