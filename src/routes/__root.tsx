// The root route: the site layout around every page (search box, offline indicator, spoiler control, notices), the
// spoiler level and the sources for every page below, and the not-found and error pages.
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  lazyRouteComponent,
  Outlet,
  type ErrorComponentProps,
} from '@tanstack/react-router';
import { CitationProvider } from '../components/citations';
import { FocusOnNavigation } from '../components/focus-on-navigation';
import { Layout } from '../components/layout';
import { SpoilerLevelProvider } from '../components/spoiler-shield';
import { DocumentTitle } from '../components/document-title';
import { sourcesQueryOptions } from '../features/sources/api/sources-query';
import { OfflineIndicator } from '../features/pwa/components/offline-indicator';
import { UpdatePrompt } from '../features/pwa/components/update-prompt';
import { SearchBox } from '../features/search/components/search-box';
import { spoilerLevelOf, spoilerSettingQueryOptions } from '../features/spoilers/api/spoiler-setting-query';
import { SpoilerControl, SpoilerQuestion } from '../features/spoilers/components/spoiler-control';
import { useWatchBookmarks } from '../features/bookmarks/api/watch-bookmarks';
import { useWatchEdits } from '../features/editing/api/watch-edits';
import { StorageNotices } from '../features/storage/components/storage-notices';

export const Route = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  loader: ({ context: { queryClient } }) =>
    Promise.all([
      queryClient.ensureQueryData(sourcesQueryOptions()),
      queryClient.ensureQueryData(spoilerSettingQueryOptions()),
    ]),
  component: Root,
  // Loaded when an address turns out to be unknown, so no page that exists carries the not-found page's code.
  notFoundComponent: lazyRouteComponent(() => import('./-unknown-page'), 'UnknownPath'),
  errorComponent: PageError,
});

function Root() {
  useWatchBookmarks();
  useWatchEdits();
  const { data: sources } = useSuspenseQuery(sourcesQueryOptions());
  const { data: spoilers } = useSuspenseQuery(spoilerSettingQueryOptions());
  return (
    <SpoilerLevelProvider level={spoilerLevelOf(spoilers.choice)}>
      <CitationProvider sources={sources}>
        <Layout
          search={<SearchBox />}
          status={
            <>
              <OfflineIndicator />
              <SpoilerControl />
            </>
          }
          notices={
            <>
              <UpdatePrompt />
              <StorageNotices />
              <SpoilerQuestion />
            </>
          }
        >
          <FocusOnNavigation />
          <Outlet />
        </Layout>
      </CitationProvider>
    </SpoilerLevelProvider>
  );
}

function PageError({ error }: ErrorComponentProps) {
  return (
    <Layout>
      <DocumentTitle name="Error" />
      <article className="page">
        <header className="page-header">
          <p className="eyebrow">Something went wrong</p>
          <h1 tabIndex={-1}>This page could not be shown</h1>
          <p className="lede">
            The wiki could not read its data. Reloading usually helps; your bookmarks are not affected.
          </p>
        </header>
        <p className="muted">{error instanceof Error ? error.message : String(error)}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </article>
    </Layout>
  );
}
