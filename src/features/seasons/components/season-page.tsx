// A season's page: summary, infobox (premiere, platform, episodes, directors), the cast, then the route's sections.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Cite } from '../../../components/citations';
import { CitedSummary } from '../../../components/cited-summary';
import { CitedValues } from '../../../components/cited-values';
import { EditMark } from '../../../components/edit-mark';
import { DateText } from '../../../components/date-text';
import { Infobox } from '../../../components/infobox';
import { Page, Section } from '../../../components/page';
import { seasonQueryOptions } from '../api/season-query';

export function SeasonPage({
  number,
  actions,
  children,
}: {
  number: number;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const { data } = useSuspenseQuery(seasonQueryOptions(number));
  if (!data) return null;
  const { season, cast, directors } = data;
  return (
    <Page
      actions={actions}
      kind="Season"
      title={season.name}
      edit={season.localEdit}
      lede={<CitedSummary summary={season.summary} edit={season.localEdit} />}
      aside={
        <Infobox
          title={season.name}
          rows={[
            {
              label: 'Premiere',
              mark: <EditMark mark={season.localEdit} field="premiere" />,
              value: (
                <span className="infobox-item">
                  <DateText date={season.premiere.date} />
                  <Cite sources={season.premiere.sources} />
                </span>
              ),
            },
            {
              label: 'Platform',
              mark: <EditMark mark={season.localEdit} field="platform" />,
              value: <CitedValues values={[season.platform]} />,
            },
            {
              label: 'Episodes',
              mark: <EditMark mark={season.localEdit} field="episodeCount" />,
              isEmpty: !season.episodeCount,
              value: season.episodeCount ? (
                <span className="infobox-item">
                  {season.episodeCount.value}
                  <Cite sources={season.episodeCount.sources} />
                </span>
              ) : null,
            },
            {
              label: 'Directors',
              mark: <EditMark mark={season.localEdit} field="directors" />,
              isEmpty: directors.length === 0,
              value: directors.map(({ person, sources }) => (
                <span key={person.slug} className="infobox-item">
                  <Link to="/people/$slug" params={{ slug: person.slug }}>
                    {person.name}
                  </Link>
                  <Cite sources={sources} />
                </span>
              )),
            },
          ]}
        />
      }
    >
      <Section title="Cast" isEmpty={cast.length === 0}>
        <ul className="cast-list">
          {cast.map(({ character, actors, sources }) => (
            <li key={character.slug}>
              <Link to="/characters/$slug" params={{ slug: character.slug }}>
                {character.name}
              </Link>
              <span className="muted"> played by </span>
              {actors.map((actor, index) => (
                <span key={actor.slug}>
                  {index > 0 ? ', ' : null}
                  <Link to="/people/$slug" params={{ slug: actor.slug }}>
                    {actor.name}
                  </Link>
                </span>
              ))}
              <Cite sources={sources} />
            </li>
          ))}
        </ul>
      </Section>
      {children}
    </Page>
  );
}
