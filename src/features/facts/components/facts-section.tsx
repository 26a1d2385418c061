// The "Facts" and "Quotes" sections of a page: the statements about it, or drawn from it when the page is a source.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Section } from '../../../components/page';
import type { StatementFilter } from '../../../content/statement-filter';
import { factsQueryOptions } from '../api/facts-query';
import { quotesQueryOptions } from '../api/quotes-query';
import { FactList } from './fact-list';
import { QuoteList } from './quote-list';

export function FactsSection({ filter, title = 'Facts' }: { filter: StatementFilter; title?: string }) {
  const { data: facts } = useSuspenseQuery(factsQueryOptions(filter));
  return (
    <Section title={title} isEmpty={facts.length === 0}>
      <FactList facts={facts} currentPage={'about' in filter ? filter.about : undefined} />
    </Section>
  );
}

export function QuotesSection({ filter, title = 'Quotes' }: { filter: StatementFilter; title?: string }) {
  const { data: quotes } = useSuspenseQuery(quotesQueryOptions(filter));
  return (
    <Section title={title} isEmpty={quotes.length === 0}>
      <QuoteList quotes={quotes} />
    </Section>
  );
}
