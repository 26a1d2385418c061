// /$kind/$key/history: any page's revisions, a diff between any two, revert, and what an update left to settle.
import { createFileRoute } from '@tanstack/react-router';
import { HistoryPage, historyLoader } from './-history-page';
import { revisionsParam } from './-search-params';
import { UnknownKindPage } from './-unknown-page';

export const Route = createFileRoute('/$kind/$key/history')({
  validateSearch: revisionsParam,
  loader: historyLoader,
  component: function HistoryRoute() {
    return <HistoryPage params={Route.useParams()} search={Route.useSearch()} />;
  },
  notFoundComponent: function UnknownHistoryPage() {
    const { kind, key } = Route.useParams();
    return <UnknownKindPage kind={kind} asked={key} />;
  },
});
