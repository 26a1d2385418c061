// "Did you mean …?": the pages whose names come closest to what the fan asked for, on the results page when nothing
// matched and on a not-found page (a misspelled or stale address). Never offers a page that spoils a season.
import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { RefLink } from '../../../components/ref-link';
import type { EntityKind } from '../../../content/schema';
import { closestNamesQueryOptions } from '../api/search-query';

type DidYouMeanProps = { query: string; within?: EntityKind; whenNothingIsClose?: ReactNode };

export function DidYouMean({ query, within, whenNothingIsClose = null }: DidYouMeanProps) {
  const { data: names } = useSuspenseQuery(closestNamesQueryOptions(query, within));
  if (names.length === 0) return whenNothingIsClose;
  return (
    <p className="did-you-mean">
      Did you mean{' '}
      {names.map((hit, index) => (
        <span key={hit.id}>
          {index > 0 ? (index === names.length - 1 ? ' or ' : ', ') : null}
          <RefLink to={hit.target}>{hit.title}</RefLink>
        </span>
      ))}
      ?
    </p>
  );
}
