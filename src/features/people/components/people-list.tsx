// Cast and crew as cards: name, roles, and the characters they play.
import { useSuspenseQuery } from '@tanstack/react-query';
import { CardGrid } from '../../../components/card-grid';
import { entityRef } from '../../../content/refs';
import { peopleQueryOptions } from '../api/people-query';

export function PeopleList() {
  const { data: people } = useSuspenseQuery(peopleQueryOptions());
  const cards = (group: typeof people) =>
    group.map(({ person, characters }) => ({
      ref: entityRef('people', person.slug),
      title: person.name,
      kicker: person.roles.map((role) => role.value).join(' · '),
      description:
        characters.length > 0 ? `Plays ${characters.map((character) => character.name).join(', ')}` : undefined,
    }));
  const cast = people.filter((entry) => entry.characters.length > 0);
  const crew = people.filter((entry) => entry.characters.length === 0);
  return (
    <>
      <section className="section" aria-labelledby="cast-heading">
        <h2 id="cast-heading">Cast</h2>
        <CardGrid label="Cast" cards={cards(cast)} />
      </section>
      <section className="section" aria-labelledby="crew-heading">
        <h2 id="crew-heading">Crew</h2>
        <CardGrid label="Crew" cards={cards(crew)} />
      </section>
    </>
  );
}
