// Every character as a card (A–Z, or the most discussed first): name, who plays them, and the first line of their summary.
import { useSuspenseQuery } from '@tanstack/react-query';
import { CardGrid } from '../../../components/card-grid';
import { entityRef } from '../../../content/refs';
import { charactersQueryOptions } from '../api/characters-query';

export function CharacterList({ label = 'Characters', order = 'name' }: { label?: string; order?: 'name' | 'most-discussed' }) {
  const { data } = useSuspenseQuery(charactersQueryOptions());
  const characters = order === 'name' ? data : [...data].sort((a, b) => b.factCount - a.factCount);
  return (
    <CardGrid
      label={label}
      cards={characters.map(({ character, actors }) => ({
        ref: entityRef('characters', character.slug),
        title: character.name,
        kicker: actors.length > 0 ? `Played by ${actors.map((actor) => actor.name).join(', ')}` : undefined,
        description: character.summary.spoils ? undefined : firstSentence(character.summary.text),
      }))}
    />
  );
}

function firstSentence(text: string): string {
  const end = text.search(/[.:!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1).replace(/:$/, '.');
}
