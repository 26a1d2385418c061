// /characters/$slug: one character's page.
import { createFileRoute, Link, notFound } from '@tanstack/react-router';
import { NotFound } from '../../components/not-found';
import { entityRef } from '../../content/refs';
import { characterQueryOptions } from '../../features/characters/api/character-query';
import { CharacterPage } from '../../features/characters/components/character-page';
import { ensurePageSections, PageSections } from '../-page-sections';

export const Route = createFileRoute('/characters/$slug')({
  loader: async ({ context: { queryClient }, params: { slug } }) => {
    const [detail] = await Promise.all([
      queryClient.ensureQueryData(characterQueryOptions(slug)),
      ensurePageSections(queryClient, entityRef('characters', slug)),
    ]);
    if (!detail) throw notFound();
  },
  component: function CharacterRoute() {
    const { slug } = Route.useParams();
    return (
      <CharacterPage slug={slug}>
        <PageSections about={entityRef('characters', slug)} />
      </CharacterPage>
    );
  },
  notFoundComponent: function UnknownCharacter() {
    return <NotFound what="character" asked={Route.useParams().slug} backTo={<Link to="/characters">All characters</Link>} />;
  },
});
