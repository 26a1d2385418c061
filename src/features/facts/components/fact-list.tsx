// Facts as a list: each in our words with its citation markers, a spoiler warning where due, and links to the other pages it concerns.
import { useSuspenseQuery } from '@tanstack/react-query';
import type { EntityRef, Fact } from '../../../content/schema';
import { Cite } from '../../../components/citations';
import { RefLink } from '../../../components/ref-link';
import { SpoilerShield } from '../../../components/spoiler-shield';
import { pageNamesQueryOptions } from '../api/page-names-query';

export function FactList({ facts, currentPage }: { facts: Fact[]; currentPage?: EntityRef }) {
  const { data: names } = useSuspenseQuery(pageNamesQueryOptions());
  return (
    <ul className="fact-list">
      {facts.map((fact) => {
        const related = fact.about.filter((ref) => ref !== currentPage);
        return (
          <li key={fact.id} className="fact">
            <SpoilerShield spoils={fact.spoils}>
              <span>{fact.text}</span>
              <Cite sources={fact.sources} />
              {related.length > 0 ? (
                <span className="fact-related">
                  <span className="visually-hidden">See also: </span>
                  {related.map((ref) => (
                    <RefLink key={ref} to={ref} className="chip">{names[ref] ?? ref}</RefLink>
                  ))}
                </span>
              ) : null}
            </SpoilerShield>
          </li>
        );
      })}
    </ul>
  );
}
