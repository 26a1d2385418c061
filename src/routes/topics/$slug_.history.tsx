// /topics/$slug/history: the page's revisions, a diff between any two, revert, and what an update left to settle.
import { createFileRoute } from '@tanstack/react-router';
import { HistoryPage, historyLoader } from '../-history-page';
import { historySearch } from '../-search-params';
import { UnknownEntity } from '../-unknown-page';

export const Route = createFileRoute('/topics/$slug_/history')({
  validateSearch: historySearch,
  loader: historyLoader('topics', 'slug'),
  component: function TopicHistory() {
    return <HistoryPage kind="topics" param={Route.useParams().slug} search={Route.useSearch()} />;
  },
  notFoundComponent: function UnknownTopicHistory() {
    return <UnknownEntity kind="topics" asked={Route.useParams().slug} />;
  },
});
