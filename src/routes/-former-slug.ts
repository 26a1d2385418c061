// Old URLs never break: a loader helper that redirects a renamed page's former slug to its current URL.
import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { currentSlugQueryOptions, type RenamableKind } from '../features/aliases/api/current-slug-query';

/** Throws a redirect when `slug` is a former slug of a page of this kind; returns when it is not. */
export async function redirectFormerSlug(queryClient: QueryClient, kind: RenamableKind, slug: string): Promise<void> {
  const current = await queryClient.ensureQueryData(currentSlugQueryOptions(kind, slug));
  if (current) throw redirect({ href: `/${kind}/${encodeURIComponent(current)}`, replace: true });
}
