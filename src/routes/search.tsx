// /search?q=: bookmarkable search results; a malformed or missing q falls back to an empty search, never an error.
import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { Page } from '../components/page';
import { BookmarkToggle } from '../features/bookmarks/components/bookmark-toggle';
import { normaliseQuery } from '../features/search/api/query-text';
import { closestNamesQueryOptions, searchQueryOptions } from '../features/search/api/search-query';
import { SearchForm, SearchResults } from '../features/search/components/search-results';
import { spoilerLevelOf, spoilerSettingQueryOptions } from '../features/spoilers/api/spoiler-setting-query';

const searchParams = z.object({
  q: z.catch(z.pipe(z.union([z.string(), z.number(), z.boolean()]), z.transform((value) => String(value))), ''),
});

export const Route = createFileRoute('/search')({
  validateSearch: (search: Record<string, unknown>) => searchParams.parse(search),
  loaderDeps: ({ search: { q } }) => ({ q: normaliseQuery(q) }),
  loader: async ({ context: { queryClient }, deps: { q } }) => {
    const spoilers = await queryClient.ensureQueryData(spoilerSettingQueryOptions());
    const hits = await queryClient.ensureQueryData(searchQueryOptions(q, spoilerLevelOf(spoilers.choice)));
    if (q.length > 0 && hits.length === 0) await queryClient.ensureQueryData(closestNamesQueryOptions(q));
  },
  component: function SearchRoute() {
    const { q } = Route.useSearch();
    const text = normaliseQuery(q);
    return (
      <Page kind="Search" title={text ? `Results for “${text.length > 60 ? `${text.slice(0, 60)}…` : text}”` : 'Search'}>
        <SearchForm key={q} query={q} />
        <SearchResults query={q} resultActions={(target, title) => <BookmarkToggle pageRef={target} title={title} compact />} />
      </Page>
    );
  },
});
