// A person's page: summary, infobox (roles, aliases), the characters they play, seasons they direct, other works, then
// the route's sections.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Cite } from '../../../components/citations';
import { CitedSummary } from '../../../components/cited-summary';
import { CitedValues } from '../../../components/cited-values';
import { EditMark } from '../../../components/edit-mark';
import { Infobox } from '../../../components/infobox';
import { Page, Section } from '../../../components/page';
import { personQueryOptions } from '../api/person-query';

export function PersonPage({ slug, actions, children }: { slug: string; actions?: ReactNode; children?: ReactNode }) {
  const { data } = useSuspenseQuery(personQueryOptions(slug));
  if (!data) return null;
  const { person, characters, directed, seriesNames } = data;
  return (
    <Page
      actions={actions}
      kind={characters.length > 0 ? 'Cast' : 'Crew'}
      title={person.name}
      edit={person.localEdit}
      lede={<CitedSummary summary={person.summary} edit={person.localEdit} />}
      aside={
        <Infobox
          title={person.name}
          rows={[
            {
              label: 'Roles',
              mark: <EditMark mark={person.localEdit} field="roles" />,
              value: <CitedValues values={person.roles} />,
            },
            {
              label: 'Also spelled',
              mark: <EditMark mark={person.localEdit} field="aliases" />,
              isEmpty: person.aliases.length === 0,
              value: person.aliases.map((alias) => (
                <span key={alias.name} className="infobox-item">
                  {alias.name}
                  {alias.note ? <span className="muted"> ({alias.note.replace(/\.$/, '').toLowerCase()})</span> : null}
                  <Cite sources={alias.sources} />
                </span>
              )),
            },
          ]}
        />
      }
    >
      <Section title="Characters played" isEmpty={characters.length === 0}>
        <ul className="link-list">
          {characters.map(({ character, sources }) => (
            <li key={character.slug}>
              <Link to="/characters/$slug" params={{ slug: character.slug }}>
                {character.name}
              </Link>
              <Cite sources={sources} />
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Directed" isEmpty={directed.length === 0}>
        <ul className="link-list">
          {directed.map(({ season, sources }) => (
            <li key={season.number}>
              <Link to="/seasons/$number" params={{ number: String(season.number) }}>
                {season.name}
              </Link>
              <Cite sources={sources} />
            </li>
          ))}
        </ul>
      </Section>
      <Section
        title="Other works"
        isEmpty={person.otherWorks.length === 0}
        mark={<EditMark mark={person.localEdit} field="otherWorks" />}
      >
        <ul className="link-list">
          {person.otherWorks.map((work) => (
            <li key={work.title}>
              <cite>{work.title}</cite>
              {work.series ? (
                <>
                  {' '}
                  (
                  <Link to="/series/$slug" params={{ slug: work.series }}>
                    {seriesNames[work.series] ?? work.series}
                  </Link>
                  )
                </>
              ) : null}
              {work.note ? <span className="muted"> — {work.note}</span> : null}
              <Cite sources={work.sources} />
            </li>
          ))}
        </ul>
      </Section>
      {children}
    </Page>
  );
}
