// Facts as a list: each in our words with its citation markers, a spoiler warning where due, and links to the other
// pages it concerns.
import type { EntityRef } from '../../../content/schema';
import { Cite } from '../../../components/citations';
import { EditMark } from '../../../components/edit-mark';
import { RefLink } from '../../../components/ref-link';
import { SpoilerShield } from '../../../components/spoiler-shield';
import type { FactItem } from '../api/facts-query';

export function FactList({ facts, currentPage }: { facts: FactItem[]; currentPage?: EntityRef }) {
  return (
    <ul className="fact-list">
      {facts.map(({ fact, links }) => {
        const related = links.filter((link) => link.ref !== currentPage);
        return (
          <li key={fact.id} className="fact">
            <SpoilerShield spoils={fact.spoils}>
              <span>{fact.text}</span>
              <Cite sources={fact.sources} />
              <EditMark mark={fact.localEdit} />
              {related.length > 0 ? (
                <span className="fact-related">
                  <span className="visually-hidden">See also: </span>
                  {related.map((link) => (
                    <RefLink key={link.ref} to={link.ref} className="chip">
                      {link.name}
                    </RefLink>
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
