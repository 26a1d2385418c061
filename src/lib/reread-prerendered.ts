// After the app has taken a prerendered page over: re-reads, from the fan's database, the prerendered answers the fan's
// data can change. The page was rendered for no fan in particular (nothing read yet, no bookmark, no edit).
import type { DehydratedState, Query, QueryClient } from '@tanstack/react-query';

/**
 * Re-reads every prerendered query but those that read only the wiki's content (`readsContentOnly`), at once; then
 * those too when `fanHasEdits` finds the fan has edits (shown over the content), or can't tell. Re-reading the content
 * of a fan without edits would read the same answers again, on the page's first busy second.
 */
export async function rereadPrerendered(
  queryClient: QueryClient,
  prerendered: DehydratedState,
  fanHasEdits: () => Promise<boolean>,
): Promise<void> {
  const hashes = new Set(prerendered.queries.map((query) => query.queryHash));
  const contentOnly = (query: Query) => query.meta?.readsContentOnly === true;
  void queryClient.invalidateQueries({ predicate: (query) => hashes.has(query.queryHash) && !contentOnly(query) });
  const edited = await fanHasEdits().catch(() => true);
  if (edited)
    void queryClient.invalidateQueries({ predicate: (query) => hashes.has(query.queryHash) && contentOnly(query) });
}
