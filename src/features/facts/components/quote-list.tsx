// Short quotes as figures: the words, who said them (linked), the context and the source.
import { Cite } from '../../../components/citations';
import { EditMark } from '../../../components/edit-mark';
import { RefLink } from '../../../components/ref-link';
import { SpoilerShield } from '../../../components/spoiler-shield';
import type { QuoteItem } from '../api/quotes-query';

export function QuoteList({ quotes }: { quotes: QuoteItem[] }) {
  return (
    <div className="quote-list">
      {quotes.map(({ quote, speaker }) => (
        <figure key={quote.id} className="quote">
          <SpoilerShield spoils={quote.spoils}>
            <blockquote>
              <p>“{quote.text}”</p>
            </blockquote>
            <figcaption>
              — <RefLink to={speaker.ref}>{speaker.name}</RefLink>
              {quote.context ? (
                <span className="muted">, {quote.context.charAt(0).toLowerCase() + quote.context.slice(1)}</span>
              ) : null}
              <Cite sources={quote.sources} />
              <EditMark mark={quote.localEdit} />
            </figcaption>
          </SpoilerShield>
        </figure>
      ))}
    </div>
  );
}
