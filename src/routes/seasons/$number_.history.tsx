// /seasons/$number/history: the page's revisions, a diff between any two, revert, and what an update left to settle.
import { createFileRoute } from '@tanstack/react-router';
import { HistoryPage, historyLoader } from '../-history-page';
import { historySearch } from '../-search-params';
import { UnknownEntity } from '../-unknown-page';

export const Route = createFileRoute('/seasons/$number_/history')({
  validateSearch: historySearch,
  loader: historyLoader('seasons', 'number'),
  component: function SeasonHistory() {
    return <HistoryPage kind="seasons" param={Route.useParams().number} search={Route.useSearch()} />;
  },
  notFoundComponent: function UnknownSeasonHistory() {
    return <UnknownEntity kind="seasons" asked={Route.useParams().number} />;
  },
});
