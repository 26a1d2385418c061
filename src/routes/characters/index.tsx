// /characters: every character, and the map of their relationships.
import { createFileRoute } from '@tanstack/react-router';
import { NewPageLink } from '../../components/new-page-link';
import { Page, Section } from '../../components/page';
import { charactersQueryOptions } from '../../features/characters/api/characters-query';
import { CharacterList } from '../../features/characters/components/character-list';
import { relationshipGraphQueryOptions } from '../../features/relationship-map/api/relationship-graph-query';
import { DeferredRelationshipMap } from '../../features/relationship-map/components/deferred-relationship-map';
import { loadSpoilerLevel } from '../../features/spoilers/api/spoiler-setting-query';

export const Route = createFileRoute('/characters/')({
  loader: async ({ context: { queryClient } }) => {
    const spoilerLevel = await loadSpoilerLevel(queryClient);
    await Promise.all([
      queryClient.ensureQueryData(charactersQueryOptions()),
      queryClient.ensureQueryData(relationshipGraphQueryOptions({ spoilerLevel })),
    ]);
  },
  component: () => (
    <Page
      actions={<NewPageLink kind="characters" />}
      title="Characters"
      lede={<p>Everyone the sources name in the story of Jessica Jones, and who plays them.</p>}
    >
      <CharacterList />
      {/* The overview always has a map to draw; its data is read only when its place nears the screen. */}
      <Section title="Relationship map">
        <DeferredRelationshipMap />
      </Section>
    </Page>
  ),
});
