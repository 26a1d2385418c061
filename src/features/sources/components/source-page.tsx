// A source article's page: what it is, when it appeared and why we think so, where a fan-added one can be read and the
// passage it is cited for, what it says in its own order, and every wiki page that cites it; the route adds the facts
// drawn from it.
import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DateText } from '../../../components/date-text';
import { EditMark } from '../../../components/edit-mark';
import { Infobox } from '../../../components/infobox';
import { Page, Section } from '../../../components/page';
import { RefLink } from '../../../components/ref-link';
import { sourceQueryOptions } from '../api/source-query';
import { SourceDigest } from './source-digest';

export function SourcePage({ id, actions, children }: { id: string; actions?: ReactNode; children?: ReactNode }) {
  const { data } = useSuspenseQuery(sourceQueryOptions(id));
  if (!data) return null;
  const { source, number, citedBy } = data;
  return (
    <Page
      actions={actions}
      kind={`Source [${number}]`}
      title={source.title}
      edit={source.localEdit}
      lede={
        <p>
          {source.summary}
          <EditMark mark={source.localEdit} field="summary" />
        </p>
      }
      aside={
        <Infobox
          title={`Source [${number}]`}
          rows={[
            {
              label: 'Headline',
              mark: <EditMark mark={source.localEdit} field="headline" />,
              value: <q>{source.headline}</q>,
            },
            {
              label: 'Publication',
              mark: <EditMark mark={source.localEdit} field="publication" />,
              value: source.publication ?? 'Not stated in the text',
            },
            {
              label: 'Published',
              mark: <EditMark mark={source.localEdit} field="published" />,
              value: <DateText date={source.published} />,
            },
            {
              label: 'Dated by',
              mark: <EditMark mark={source.localEdit} field="dateBasis" />,
              value: source.dateBasis,
            },
            ...(source.url
              ? [
                  {
                    label: 'Read it at',
                    mark: <EditMark mark={source.localEdit} field="url" />,
                    // A fan's address: shown as text, followed without passing on this page or vouching for it.
                    value: (
                      <a className="source-address" href={source.url} rel="noopener noreferrer nofollow ugc">
                        {source.url}
                      </a>
                    ),
                  },
                ]
              : []),
            { label: 'File', value: <code>{source.id}</code> },
          ]}
        />
      }
    >
      {source.excerpt ? (
        <Section title="The passage it is cited for">
          <blockquote className="source-excerpt">
            {source.excerpt}
            <EditMark mark={source.localEdit} field="excerpt" />
          </blockquote>
        </Section>
      ) : null}
      <SourceDigest id={source.id} />
      {children}
      <Section title="Pages that cite it" isEmpty={citedBy.length === 0}>
        <ul className="inline-list">
          {citedBy.map((page) => (
            <li key={page.ref}>
              <RefLink to={page.ref}>{page.name}</RefLink>
            </li>
          ))}
        </ul>
      </Section>
    </Page>
  );
}
