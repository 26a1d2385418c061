// The not-found pages: an entity route's (no character called "kilgrav") and an unknown path's, each offering the
// closest pages by name. The search engine that finds them loads only here, never for a page that exists.
import { entityKinds } from '../content/kinds';
import { Link, useLocation } from '@tanstack/react-router';
import { Suspense } from 'react';
import { FailureBoundary } from '../components/failure-boundary';
import { NotFound } from '../components/not-found';
import { pageKindLabels } from '../content/labels';
import type { EntityKind } from '../content/schema';
import { DidYouMean } from '../features/search/components/did-you-mean';
import { safeDecode } from '../lib/safe-decode';

/** The words of the last part of an address, e.g. "/characters/jessica-jone" → "jessica jone". */
function wordsOf(path: string): string {
  const last = path.split('/').filter(Boolean).at(-1) ?? '';
  return last.replace(/[-_+.]+/g, ' ').trim();
}

function ClosestPages({ asked, within }: { asked: string; within?: EntityKind }) {
  const query = wordsOf(asked);
  if (query.length === 0) return null;
  return (
    <FailureBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <DidYouMean query={query} within={within} />
      </Suspense>
    </FailureBoundary>
  );
}

export function UnknownEntity({ kind, asked }: { kind: EntityKind; asked: string }) {
  const labels = pageKindLabels[kind];
  return (
    <NotFound
      what={labels.noun}
      asked={asked}
      suggestions={<ClosestPages asked={asked} within={kind} />}
      backTo={<Link to={`/${kind}`}>{labels.all}</Link>}
    />
  );
}

/** The not-found page of a `/$kind/$key/…` address: the kind's own when the kind exists, else the root's. */
export function UnknownKindPage({ kind, asked }: { kind: string; asked: string }) {
  if ((entityKinds as readonly string[]).includes(kind))
    return <UnknownEntity kind={kind as EntityKind} asked={asked} />;
  return <UnknownPath />;
}

/** The root's not-found page, for an address no route knows. */
export function UnknownPath() {
  const path = safeDecode(useLocation().pathname);
  return <NotFound what="page" asked={path} suggestions={<ClosestPages asked={path} />} />;
}
