// Home: what the wiki is, the characters at a glance, both seasons, the latest events and the themes.
import { createFileRoute, Link } from '@tanstack/react-router';
import { DocumentTitle } from '../components/document-title';
import { charactersQueryOptions } from '../features/characters/api/characters-query';
import { CharacterList } from '../features/characters/components/character-list';
import { seasonsQueryOptions } from '../features/seasons/api/seasons-query';
import { SeasonList } from '../features/seasons/components/season-list';
import { subjectsQueryOptions } from '../features/subjects/api/subjects-query';
import { SubjectList } from '../features/subjects/components/subject-list';
import { eventsQueryOptions } from '../features/timeline/api/events-query';
import { LatestEvents } from '../features/timeline/components/latest-events';

export const Route = createFileRoute('/')({
  loader: ({ context: { queryClient } }) =>
    Promise.all([
      queryClient.ensureQueryData(charactersQueryOptions()),
      queryClient.ensureQueryData(seasonsQueryOptions()),
      queryClient.ensureQueryData(eventsQueryOptions()),
      queryClient.ensureQueryData(subjectsQueryOptions('topics')),
    ]),
  component: Home,
});

function Home() {
  return (
    <div className="home">
      <DocumentTitle />
      <header className="hero">
        <p className="eyebrow">The offline fan wiki</p>
        <h1 tabIndex={-1}>Jessica Jones</h1>
        <p className="lede">
          Marvel’s hard-drinking, super-strong private investigator, her friends, and the man who got inside her head.
          Every character, actor, season and theme of the Netflix series, with a cited source behind every fact, and it
          all works offline.
        </p>
        <p className="hero-links">
          <Link to="/characters" className="button">
            Meet the characters
          </Link>
          <Link to="/sources" className="button button-quiet">
            How we know
          </Link>
        </p>
      </header>
      <section className="section" aria-labelledby="home-characters">
        <h2 id="home-characters">Characters at a glance</h2>
        <CharacterList order="most-discussed" limit={12} />
      </section>
      <section className="section" aria-labelledby="home-seasons">
        <h2 id="home-seasons">Seasons</h2>
        <SeasonList />
      </section>
      <div className="home-columns">
        <section className="section" aria-labelledby="home-events">
          <h2 id="home-events">Latest events</h2>
          <LatestEvents />
        </section>
        <section className="section" aria-labelledby="home-topics">
          <h2 id="home-topics">Themes</h2>
          <SubjectList kind="topics" />
        </section>
      </div>
    </div>
  );
}
