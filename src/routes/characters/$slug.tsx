// /characters/$slug: one character's page, with the map of their relationships.
import { createFileRoute, Link, notFound } from '@tanstack/react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { NotFound } from '../../components/not-found';
import { Section } from '../../components/page';
import { entityRef } from '../../content/refs';
import { characterQueryOptions } from '../../features/characters/api/character-query';
import { CharacterPage } from '../../features/characters/components/character-page';
import { relationshipGraphQueryOptions } from '../../features/relationship-map/api/relationship-graph-query';
import { DeferredRelationshipMap } from '../../features/relationship-map/components/deferred-relationship-map';
import { ensurePageSections, PageSections } from '../-page-sections';
import { PageTools } from '../../features/bookmarks/components/page-tools';
import { redirectFormerSlug } from '../-former-slug';
import { loadSpoilerLevel } from '../-spoiler-level';
import { useSpoilerLevel } from '../../components/spoiler-shield';

export const Route = createFileRoute('/characters/$slug')({
  loader: async ({ context: { queryClient }, params: { slug } }) => {
    const [detail] = await Promise.all([
      queryClient.ensureQueryData(characterQueryOptions(slug)),
      loadSpoilerLevel(queryClient).then((spoilerLevel) => queryClient.ensureQueryData(relationshipGraphQueryOptions({ spoilerLevel, focus: slug }))),
      ensurePageSections(queryClient, entityRef('characters', slug)),
    ]);
    if (!detail) {
      await redirectFormerSlug(queryClient, 'characters', slug);
      throw notFound();
    }
  },
  component: function CharacterRoute() {
    const { slug } = Route.useParams();
    const { data: graph } = useSuspenseQuery(relationshipGraphQueryOptions({ spoilerLevel: useSpoilerLevel(), focus: slug }));
    return (
      <CharacterPage slug={slug} actions={<PageTools about={entityRef('characters', slug)} />}>
        <Section title="Relationship map" isEmpty={graph.edges.length === 0 && graph.hidden === 0}>
          <DeferredRelationshipMap focus={slug} />
        </Section>
        <PageSections about={entityRef('characters', slug)} />
      </CharacterPage>
    );
  },
  notFoundComponent: function UnknownCharacter() {
    return <NotFound what="character" asked={Route.useParams().slug} backTo={<Link to="/characters">All characters</Link>} />;
  },
});
