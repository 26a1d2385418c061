// The history route of every page (/characters/kilgrave/history, /seasons/2/history, …): the two
// revisions compared live in the URL (validated: anything else means the default, the latest against the one before),
// the loader reads the page's history and the page as it stands, and a page with neither is "not found".
import { notFound, useNavigate } from '@tanstack/react-router';
import { pageDocumentQueryOptions } from '../features/editing/api/page-document-query';
import { pageHistoryQueryOptions } from '../features/editing/api/page-history-query';
import { PageHistory } from '../features/editing/components/page-history';
import type { Comparison } from '../features/editing/components/revision-labels';
import { pageRefOf, requirePageRef, type PageRouteArgs } from './-entity-page';

/** The route's loader: the page's history and the page as it stands; a page with neither is "not found". */
export async function historyLoader({ context: { queryClient }, params }: PageRouteArgs): Promise<void> {
  const ref = requirePageRef(params);
  const [history, document] = await Promise.all([
    queryClient.ensureQueryData(pageHistoryQueryOptions(ref)),
    queryClient.ensureQueryData(pageDocumentQueryOptions(ref)),
  ]);
  if (history.revisions.length === 0 && document.page === null) throw notFound();
}

export function HistoryPage({ params, search }: { params: PageRouteArgs['params']; search: Comparison }) {
  const navigate = useNavigate();
  const ref = pageRefOf(params.kind, params.key);
  if (!ref) return null;
  return (
    <PageHistory
      about={ref}
      comparison={search}
      onCompare={(comparison) => void navigate({ to: '.', search: comparison, replace: true })}
    />
  );
}
