// /characters/$slug/history: the page's revisions, a diff between any two, revert, and what an update left to settle.
import { createFileRoute } from '@tanstack/react-router';
import { HistoryPage, historyLoader } from '../-history-page';
import { historySearch } from '../-search-params';
import { UnknownEntity } from '../-unknown-page';

export const Route = createFileRoute('/characters/$slug_/history')({
  validateSearch: historySearch,
  loader: historyLoader('characters', 'slug'),
  component: function CharacterHistory() {
    return <HistoryPage kind="characters" param={Route.useParams().slug} search={Route.useSearch()} />;
  },
  notFoundComponent: function UnknownCharacterHistory() {
    return <UnknownEntity kind="characters" asked={Route.useParams().slug} />;
  },
});
