// Short quotes as figures: the words, who said them (linked), the context and the source.
import { useSuspenseQuery } from '@tanstack/react-query';
import type { Quote } from '../../../content/schema';
import { Cite } from '../../../components/citations';
import { RefLink } from '../../../components/ref-link';
import { SpoilerShield } from '../../../components/spoiler-shield';
import { pageNamesQueryOptions } from '../api/page-names-query';

export function QuoteList({ quotes }: { quotes: Quote[] }) {
  const { data: names } = useSuspenseQuery(pageNamesQueryOptions());
  return (
    <div className="quote-list">
      {quotes.map((quote) => (
        <figure key={quote.id} className="quote">
          <SpoilerShield spoils={quote.spoils}>
            <blockquote>
              <p>“{quote.text}”</p>
            </blockquote>
            <figcaption>
              — <RefLink to={quote.speaker}>{names[quote.speaker] ?? quote.speaker}</RefLink>
              {quote.context ? <span className="muted">, {quote.context.charAt(0).toLowerCase() + quote.context.slice(1)}</span> : null}
              <Cite sources={quote.sources} />
            </figcaption>
          </SpoilerShield>
        </figure>
      ))}
    </div>
  );
}
