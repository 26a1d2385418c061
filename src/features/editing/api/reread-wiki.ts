// After the fan's wiki changes (an edit here or in another tab, a settled conflict, a pack, the "as published" switch):
// the queries on screen re-read now, and every other cached query is dropped, so the next page a fan opens reads the
// change instead of showing the old content while it re-reads in the background.
import type { QueryClient } from '@tanstack/react-query';

export async function rereadWiki(queryClient: QueryClient): Promise<void> {
  queryClient.removeQueries({ type: 'inactive' });
  await queryClient.invalidateQueries({ type: 'active' });
}
