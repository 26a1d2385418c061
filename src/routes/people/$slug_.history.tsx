// /people/$slug/history: the page's revisions, a diff between any two, revert, and what an update left to settle.
import { createFileRoute } from '@tanstack/react-router';
import { HistoryPage, historyLoader } from '../-history-page';
import { historySearch } from '../-search-params';
import { UnknownEntity } from '../-unknown-page';

export const Route = createFileRoute('/people/$slug_/history')({
  validateSearch: historySearch,
  loader: historyLoader('people', 'slug'),
  component: function PersonHistory() {
    return <HistoryPage kind="people" param={Route.useParams().slug} search={Route.useSearch()} />;
  },
  notFoundComponent: function UnknownPersonHistory() {
    return <UnknownEntity kind="people" asked={Route.useParams().slug} />;
  },
});
