// /characters: every character.
import { createFileRoute } from '@tanstack/react-router';
import { Page } from '../../components/page';
import { charactersQueryOptions } from '../../features/characters/api/characters-query';
import { CharacterList } from '../../features/characters/components/character-list';

export const Route = createFileRoute('/characters/')({
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(charactersQueryOptions()),
  component: () => (
    <Page title="Characters" lede={<p>Everyone the sources name in the story of Jessica Jones, and who plays them.</p>}>
      <CharacterList />
    </Page>
  ),
});
