// The one recipe every history route follows (/characters/$slug/history, /seasons/$number/history, …): the loader reads the page's history and the page as it stands, and a page with neither is "not found".
import type { QueryClient } from '@tanstack/react-query';
import { notFound, useNavigate } from '@tanstack/react-router';
import { entityRef, seasonNumber } from '../content/refs';
import type { EntityKind, EntityRef } from '../content/schema';
import { pageDocumentQueryOptions } from '../features/editing/api/page-document-query';
import { pageHistoryQueryOptions } from '../features/editing/api/page-history-query';
import { PageHistory } from '../features/editing/components/page-history';
import type { Comparison } from '../features/editing/components/revision-labels';

/** The page a history URL names, or undefined when its parameter can't name a page of that kind. */
function pageOf(kind: EntityKind, param: string): EntityRef | undefined {
  if (kind !== 'seasons') return entityRef(kind, param);
  const number = seasonNumber(param);
  return number === undefined ? undefined : entityRef(kind, number);
}

/** The route's loader: `param` names its URL parameter (`slug`, `number`, `id`). */
export function historyLoader<Param extends string>(kind: EntityKind, param: Param) {
  return async ({
    context: { queryClient },
    params,
  }: {
    context: { queryClient: QueryClient };
    params: Record<Param, string>;
  }): Promise<void> => {
    const ref = pageOf(kind, params[param]);
    if (!ref) throw notFound();
    const [history, document] = await Promise.all([
      queryClient.ensureQueryData(pageHistoryQueryOptions(ref)),
      queryClient.ensureQueryData(pageDocumentQueryOptions(ref)),
    ]);
    if (history.revisions.length === 0 && document.page === null) throw notFound();
  };
}

export function HistoryPage({ kind, param, search }: { kind: EntityKind; param: string; search: Comparison }) {
  const navigate = useNavigate();
  const ref = pageOf(kind, param);
  if (!ref) return null;
  return (
    <PageHistory
      about={ref}
      comparison={search}
      onCompare={(comparison) => void navigate({ to: '.', search: comparison, replace: true })}
    />
  );
}
