// Every character as a card (A–Z, or the most discussed first, or only the first few of those with a link to all):
// name, who plays them, and the first line of their summary.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { CardGrid } from '../../../components/card-grid';
import { entityRef } from '../../../content/refs';
import { charactersQueryOptions } from '../api/characters-query';

type CharacterListProps = { label?: string; order?: 'name' | 'most-discussed'; limit?: number };

export function CharacterList({ label = 'Characters', order = 'name', limit }: CharacterListProps) {
  const { data } = useSuspenseQuery(charactersQueryOptions());
  const characters = (order === 'name' ? data : [...data].sort((a, b) => b.factCount - a.factCount)).slice(0, limit);
  return (
    <>
      <CardGrid
        label={label}
        cards={characters.map(({ character, actors }) => ({
          ref: entityRef('characters', character.slug),
          title: character.name,
          kicker: actors.length > 0 ? `Played by ${actors.map((actor) => actor.name).join(', ')}` : undefined,
          description: character.summary.spoils ? undefined : firstSentence(character.summary.text),
        }))}
      />
      {characters.length < data.length ? (
        <p className="more-link">
          <Link to="/characters">All {data.length.toLocaleString('en')} characters</Link>
        </p>
      ) : null}
    </>
  );
}

function firstSentence(text: string): string {
  const end = text.search(/[.:!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1).replace(/:$/, '.');
}
