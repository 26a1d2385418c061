// After the fan's wiki changes (an edit here or in another tab, a settled conflict, a pack, the "as published" switch,
// the corpus loaded again after site data was cleared under the open tab): the queries on screen re-read now, and every
// other cached query is dropped, so the next page a fan opens reads the change instead of showing the old content while
// it re-reads in the background.
import type { QueryClient } from '@tanstack/react-query';

export async function rereadWiki(queryClient: QueryClient): Promise<void> {
  // A read in flight with nothing on screen yet (a page loader waits for it) is never dropped: that cancels it, and the
  // loader shows the error page. It may have read from before the change, so it re-reads once it has finished.
  for (const query of queryClient.getQueryCache().findAll({ type: 'inactive', fetchStatus: 'fetching' })) {
    const reread = () => queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
    void query.promise?.then(reread, reread);
  }
  queryClient.removeQueries({ type: 'inactive', fetchStatus: 'idle' });
  await queryClient.invalidateQueries({ type: 'active' });
}
