// "What this article says": the article's statements in its own order, each in our words and linked to the page that
// carries it; spoilers above the fan's level stay behind the shield.
import { useSuspenseQuery } from '@tanstack/react-query';
import { DateText } from '../../../components/date-text';
import { Section } from '../../../components/page';
import { RefLink } from '../../../components/ref-link';
import { SpoilerShield } from '../../../components/spoiler-shield';
import { sourceDigestQueryOptions } from '../api/source-digest-query';

export function SourceDigest({ id }: { id: string }) {
  const { data: statements } = useSuspenseQuery(sourceDigestQueryOptions(id));
  return (
    <Section title="What this article says" isEmpty={statements.length === 0}>
      <p className="muted">
        In the article’s own order, in our words except quotes; each links to the page that carries it.
      </p>
      <ol className="digest-list">
        {statements.map(({ carrier, text, speaker, date, spoils, page }) => (
          <li key={carrier}>
            <SpoilerShield spoils={spoils}>
              {speaker ? (
                <>
                  “{text}” — {speaker.name}
                </>
              ) : (
                text
              )}
              {date ? (
                <>
                  {' '}
                  (<DateText date={date} />)
                </>
              ) : null}{' '}
              <span className="digest-page">
                <span className="visually-hidden">On the page </span>
                <span aria-hidden="true">→{'\u00a0'}</span>
                <RefLink to={page.ref}>{page.name}</RefLink>
              </span>
            </SpoilerShield>
          </li>
        ))}
      </ol>
    </Section>
  );
}
