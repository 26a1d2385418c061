// A character's page: summary, infobox (aliases, actors, seasons, occupation, affiliations), relationships, then the
// sections the route adds.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Cite } from '../../../components/citations';
import { CitedSummary } from '../../../components/cited-summary';
import { CitedValues } from '../../../components/cited-values';
import { EditMark } from '../../../components/edit-mark';
import { Infobox } from '../../../components/infobox';
import { Page, Section } from '../../../components/page';
import { SpoilerShield } from '../../../components/spoiler-shield';
import { characterQueryOptions, type CharacterDetail } from '../api/character-query';

export function CharacterPage({
  slug,
  actions,
  children,
}: {
  slug: string;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const { data } = useSuspenseQuery(characterQueryOptions(slug));
  if (!data) return null;
  const { character, relationships } = data;
  return (
    <Page
      actions={actions}
      kind="Character"
      title={character.name}
      edit={character.localEdit}
      lede={<CitedSummary summary={character.summary} edit={character.localEdit} />}
      aside={<CharacterInfobox detail={data} />}
    >
      <Section title="Relationships" isEmpty={relationships.length === 0}>
        <ul className="relationship-list">
          {relationships.map(({ relationship, other }) => (
            <li key={relationship.id} className={`relationship relationship-${relationship.kind}`}>
              <SpoilerShield spoils={relationship.spoils} inline>
                <Link to="/characters/$slug" params={{ slug: other.slug }}>
                  {other.name}
                </Link>
                <span className="relationship-kind">
                  {relationship.label}
                  <Cite sources={relationship.sources} />
                </span>
                <EditMark mark={relationship.localEdit} />
              </SpoilerShield>
            </li>
          ))}
        </ul>
      </Section>
      {children}
      <Section title="Appears in" isEmpty={character.seasons.length === 0}>
        <ul className="inline-list">
          {character.seasons.map((season) => (
            <li key={season.number}>
              <Link to="/seasons/$number" params={{ number: String(season.number) }}>{`Season ${season.number}`}</Link>
              <Cite sources={season.sources} />
            </li>
          ))}
        </ul>
      </Section>
    </Page>
  );
}

function CharacterInfobox({ detail: { character, actors } }: { detail: CharacterDetail }) {
  const actorName = new Map(actors.map((actor) => [actor.slug, actor.name]));
  return (
    <Infobox
      title={character.name}
      rows={[
        {
          label: 'Also known as',
          mark: <EditMark mark={character.localEdit} field="aliases" />,
          isEmpty: character.aliases.length === 0,
          value: character.aliases.map((alias) => (
            <span key={alias.name} className="infobox-item">
              {alias.name}
              <Cite sources={alias.sources} />
            </span>
          )),
        },
        {
          label: 'Portrayed by',
          mark: <EditMark mark={character.localEdit} field="portrayedBy" />,
          isEmpty: character.portrayedBy.length === 0,
          value: character.portrayedBy.map((actor) => (
            <span key={actor.person} className="infobox-item">
              <Link to="/people/$slug" params={{ slug: actor.person }}>
                {actorName.get(actor.person) ?? actor.person}
              </Link>
              <Cite sources={actor.sources} />
            </span>
          )),
        },
        {
          label: 'Seasons',
          mark: <EditMark mark={character.localEdit} field="seasons" />,
          isEmpty: character.seasons.length === 0,
          value: character.seasons.map((season) => (
            <span key={season.number} className="infobox-item">
              <Link to="/seasons/$number" params={{ number: String(season.number) }}>{`Season ${season.number}`}</Link>
              <Cite sources={season.sources} />
            </span>
          )),
        },
        {
          label: 'Occupation',
          mark: <EditMark mark={character.localEdit} field="occupations" />,
          isEmpty: character.occupations.length === 0,
          value: <CitedValues values={character.occupations} />,
        },
        {
          label: 'Affiliations',
          mark: <EditMark mark={character.localEdit} field="affiliations" />,
          isEmpty: character.affiliations.length === 0,
          value: <CitedValues values={character.affiliations} />,
        },
      ]}
    />
  );
}
