// /characters/$slug: one character's page, with the map of their relationships.
import { createFileRoute } from '@tanstack/react-router';
import { characterQueryOptions } from '../../features/characters/api/character-query';
import { CharacterPage } from '../../features/characters/components/character-page';
import { relationshipGraphQueryOptions } from '../../features/relationship-map/api/relationship-graph-query';
import { RelationshipMapSection } from '../../features/relationship-map/components/map-section';
import { asSlug, EntityPage, entityPageLoader, sectionsAbout, type EntityPageSpec } from '../-entity-page';
import { loadSpoilerLevel } from '../../features/spoilers/api/spoiler-setting-query';
import { UnknownEntity } from '../-unknown-page';

const page: EntityPageSpec<string> = {
  kind: 'characters',
  parseKey: asSlug,
  detail: (queryClient, key) => queryClient.ensureQueryData(characterQueryOptions(key)),
  sections: [
    {
      preload: async (queryClient, slug) =>
        queryClient.ensureQueryData(
          relationshipGraphQueryOptions({ spoilerLevel: await loadSpoilerLevel(queryClient), focus: slug }),
        ),
      render: (slug) => <RelationshipMapSection focus={slug} />,
    },
    ...sectionsAbout<string>('characters'),
  ],
  render: (slug, tools, sections) => (
    <CharacterPage slug={slug} actions={tools}>
      {sections}
    </CharacterPage>
  ),
};

export const Route = createFileRoute('/characters/$slug')({
  loader: entityPageLoader(page, 'slug'),
  component: function CharacterRoute() {
    return <EntityPage spec={page} param={Route.useParams().slug} />;
  },
  notFoundComponent: function UnknownCharacter() {
    return <UnknownEntity kind="characters" asked={Route.useParams().slug} />;
  },
});
