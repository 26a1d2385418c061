// The one recipe every entity page route follows (characters, people, seasons, series, topics, places, sources): the
// loader reads the page and its sections in parallel, redirects a renamed page's former slug and throws notFound()
// for anything else it can't find; the component renders the page with its tools and sections, each of which hides
// itself when it has nothing to show, with the ways to its editor and history.
import type { QueryClient } from '@tanstack/react-query';
import { notFound, redirect } from '@tanstack/react-router';
import { Fragment, type ReactNode } from 'react';
import { entityRef, seasonNumber } from '../content/refs';
import type { EntityKind, EntityRef } from '../content/schema';
import { entityKinds } from '../content/kinds';
import { isRenamableKind } from '../content/tables';
import { currentSlugQueryOptions } from '../features/aliases/api/current-slug-query';
import { pageTitleQueryOptions } from '../features/bookmarks/api/page-title-query';
import { PageTools } from '../features/bookmarks/components/page-tools';
import { EditTools } from '../features/editing/components/edit-tools';
import { factsQueryOptions } from '../features/facts/api/facts-query';
import { quotesQueryOptions } from '../features/facts/api/quotes-query';
import { FactsSection, QuotesSection } from '../features/facts/components/facts-section';
import { eventsQueryOptions } from '../features/timeline/api/events-query';
import { EventsSection } from '../features/timeline/components/events-section';

/** A part of the page below its own content: what it reads (preloaded by the loader) and how it shows. */
export type PageSection<Key> = {
  preload: (queryClient: QueryClient, key: Key) => Promise<unknown>;
  render: (key: Key) => ReactNode;
};

export type EntityPageSpec<Key extends string | number> = {
  kind: EntityKind;
  /** The page's key from its URL parameter, or undefined when the parameter can't name a page of this kind. */
  parseKey: (param: string) => Key | undefined;
  /** Reads the page's own data (ensureQueryData of its query factory): null when there is no such page. */
  detail: (queryClient: QueryClient, key: Key) => Promise<unknown>;
  sections: readonly PageSection<Key>[];
  render: (key: Key, tools: ReactNode, sections: ReactNode) => ReactNode;
};

/** A slug or id as it appears in the URL. */
export const asSlug = (param: string): string => param;

/** The page a `/$kind/$key/…` address names, or undefined when its kind or key can't name one. */
export function pageRefOf(kind: string, key: string): EntityRef | undefined {
  if (!(entityKinds as readonly string[]).includes(kind)) return undefined;
  const parsed = kind === 'seasons' ? seasonNumber(key) : asSlug(key);
  return parsed === undefined ? undefined : entityRef(kind as EntityKind, parsed);
}

/** What the loader of a `/$kind/$key/…` route (a page's editor, its history) gets. */
export type PageRouteArgs = { context: { queryClient: QueryClient }; params: { kind: string; key: string } };

/** The page a `/$kind/$key/…` route names; "not found" when its kind or key can't name one. */
export function requirePageRef(params: PageRouteArgs['params']): EntityRef {
  const ref = pageRefOf(params.kind, params.key);
  if (!ref) throw notFound();
  return ref;
}

/** The facts, quotes and events about the page: the sections every page but a source's ends with. */
export function sectionsAbout<Key extends string | number>(kind: EntityKind): PageSection<Key>[] {
  const about = (key: Key): EntityRef => entityRef(kind, key);
  return [
    {
      preload: (queryClient, key) => queryClient.ensureQueryData(factsQueryOptions({ about: about(key) })),
      render: (key) => <FactsSection filter={{ about: about(key) }} />,
    },
    {
      preload: (queryClient, key) => queryClient.ensureQueryData(quotesQueryOptions({ about: about(key) })),
      render: (key) => <QuotesSection filter={{ about: about(key) }} />,
    },
    {
      preload: (queryClient, key) => queryClient.ensureQueryData(eventsQueryOptions({ about: about(key) })),
      render: (key) => <EventsSection filter={{ about: about(key) }} />,
    },
  ];
}

/** The route's loader: `param` names its URL parameter (`slug`, `number`, `id`). */
export function entityPageLoader<Key extends string | number, Param extends string>(
  spec: EntityPageSpec<Key>,
  param: Param,
) {
  return async ({
    context: { queryClient },
    params,
  }: {
    context: { queryClient: QueryClient };
    params: Record<Param, string>;
  }): Promise<void> => {
    const raw = params[param];
    const key = spec.parseKey(raw);
    if (key === undefined) throw notFound();
    const [detail] = await Promise.all([
      spec.detail(queryClient, key),
      ...spec.sections.map((section) => section.preload(queryClient, key)),
      // The page's tools come with the page (a prerendered page holds its bookmark star, disabled until the app reads
      // the fan's bookmark), so nothing moves when the app takes it over.
      queryClient.ensureQueryData(pageTitleQueryOptions(entityRef(spec.kind, key))),
    ]);
    if (detail) return;
    if (isRenamableKind(spec.kind)) {
      const current = await queryClient.ensureQueryData(currentSlugQueryOptions(spec.kind, raw));
      if (current) throw redirect({ href: `/${spec.kind}/${encodeURIComponent(current)}`, replace: true });
    }
    throw notFound();
  };
}

/** The route's page: the kind's own page with the bookmark and editing tools, and the sections. */
export function EntityPage<Key extends string | number>({ spec, param }: { spec: EntityPageSpec<Key>; param: string }) {
  const key = spec.parseKey(param);
  if (key === undefined) return null;
  const ref = entityRef(spec.kind, key);
  return spec.render(
    key,
    <>
      <PageTools about={ref} />
      <EditTools about={ref} />
    </>,
    spec.sections.map((section, index) => <Fragment key={index}>{section.render(key)}</Fragment>),
  );
}
