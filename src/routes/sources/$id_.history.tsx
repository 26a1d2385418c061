// /sources/$id/history: the page's revisions, a diff between any two, revert, and what an update left to settle.
import { createFileRoute } from '@tanstack/react-router';
import { HistoryPage, historyLoader } from '../-history-page';
import { historySearch } from '../-search-params';
import { UnknownEntity } from '../-unknown-page';

export const Route = createFileRoute('/sources/$id_/history')({
  validateSearch: historySearch,
  loader: historyLoader('sources', 'id'),
  component: function SourceHistory() {
    return <HistoryPage kind="sources" param={Route.useParams().id} search={Route.useSearch()} />;
  },
  notFoundComponent: function UnknownSourceHistory() {
    return <UnknownEntity kind="sources" asked={Route.useParams().id} />;
  },
});
