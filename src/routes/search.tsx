// /search?q=: bookmarkable search results; a malformed or missing q falls back to an empty search, never an error.
import { createFileRoute } from '@tanstack/react-router';
import { Page } from '../components/page';
import { BookmarkToggle } from '../features/bookmarks/components/bookmark-toggle';
import { normaliseQuery } from '../features/search/api/query-text';
import { closestNamesQueryOptions, searchQueryOptions } from '../features/search/api/search-query';
import { SearchForm, SearchResults } from '../features/search/components/search-results';
import { textParam } from './-search-params';
import { loadSpoilerLevel } from '../features/spoilers/api/spoiler-setting-query';

export const Route = createFileRoute('/search')({
  validateSearch: (search: Record<string, unknown>) => ({ q: textParam(search.q) }),
  loaderDeps: ({ search: { q } }) => ({ q: normaliseQuery(q) }),
  loader: async ({ context: { queryClient }, deps: { q } }) => {
    const hits = await queryClient.ensureQueryData(searchQueryOptions(q, await loadSpoilerLevel(queryClient)));
    if (q.length > 0 && hits.length === 0) await queryClient.ensureQueryData(closestNamesQueryOptions(q));
  },
  component: function SearchRoute() {
    const { q } = Route.useSearch();
    const text = normaliseQuery(q);
    return (
      <Page
        kind="Search"
        title={text ? `Results for “${text.length > 60 ? `${text.slice(0, 60)}…` : text}”` : 'Search'}
      >
        <SearchForm key={q} query={q} />
        <SearchResults
          query={q}
          resultActions={(target, title) => <BookmarkToggle pageRef={target} title={title} compact />}
        />
      </Page>
    );
  },
});
