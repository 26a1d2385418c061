// The relationship map over the fixture corpus, mounted on a tiny in-memory router: linked nodes, labelled lines, the
// list equivalent, spoilers, focus and highlighting.
import { QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/content/schema';
import { relationshipGraphQueryOptions } from '../../src/features/relationship-map/api/relationship-graph-query';
import {
  RelationshipMap,
  type RelationshipMapProps,
} from '../../src/features/relationship-map/components/relationship-map';
import { createQueryClient } from '../../src/lib/query-client';
import { syntheticCorpus } from '../fixtures/synthetic-corpus';
import { openTestDatabase } from '../fixtures/test-database';

async function renderMap(props: RelationshipMapProps = {}, corpus?: Corpus) {
  await openTestDatabase(corpus);
  const queryClient = createQueryClient();
  const rootRoute = createRootRoute({ component: Outlet });
  const mapRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
    // Outside a SpoilerLevelProvider the map shows everything, unless told a level.
    loader: () =>
      queryClient.ensureQueryData(
        relationshipGraphQueryOptions({ spoilerLevel: props.spoilerLevel ?? Infinity, focus: props.focus }),
      ),
    component: () => (
      <main>
        <h1>Map</h1>
        <RelationshipMap {...props} />
      </main>
    ),
  });
  const characterRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/characters/$slug',
    component: function Character() {
      return <h1>Character {characterRoute.useParams().slug}</h1>;
    },
  });
  const router = createRouter({
    routeTree: rootRoute.addChildren([mapRoute, characterRoute]),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Map' });
  // The drawing follows once its layout is ready (off the main thread in a browser, a moment later here).
  await waitFor(() => expect(view.container.querySelector('.relationship-map-placeholder')).toBeNull());
  return {
    ...view,
    router,
    drawing: screen.queryByRole('group', { name: /^Map of/ }) ?? document.createElement('svg'),
  };
}

const litEdges = (container: HTMLElement) =>
  [...container.querySelectorAll('path.relationship-map-edge.is-lit')].length;
const dimmedEdges = (container: HTMLElement) =>
  [...container.querySelectorAll('path.relationship-map-edge.is-dimmed')].length;

describe('relationship map', () => {
  it('draws every character in a relationship as a link to its page, and every relationship with its label', async () => {
    const { drawing } = await renderMap();
    expect(drawing).toHaveAccessibleName('Map of 3 characters and 2 relationships; the list after it gives the same.');
    expect(within(drawing).getByRole('link', { name: 'Test Villain' })).toHaveAttribute(
      'href',
      '/characters/test-villain',
    );
    expect(within(drawing).getByRole('link', { name: 'Test Heroine' })).toHaveAttribute(
      'href',
      '/characters/test-heroine',
    );
    expect(within(drawing).getByRole('link', { name: 'An unnamed student' })).toHaveAttribute(
      'href',
      '/characters/an-unnamed-student',
    );
    expect(within(drawing).getAllByRole('link')).toHaveLength(3);
    expect(within(drawing).getByText('nemesis')).toBeInTheDocument();
    expect(drawing.querySelectorAll('path.relationship-map-edge.kind-enemies')).toHaveLength(2);
  });

  it('says the same as a list, with links, spoiler badges and citations', async () => {
    await renderMap();
    const items = within(screen.getByRole('list', { name: 'Relationships on the map' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Test Villain — nemesis — Test Heroine'),
      expect.stringContaining('Test Villain — controls — An unnamed student'),
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'Test Heroine' })).toHaveAttribute(
      'href',
      '/characters/test-heroine',
    );
    expect(within(items[1]!).getByText('Spoiler · Season 1')).toBeInTheDocument();
    expect(within(items[0]!).getByRole('link', { name: /^Source/ })).toHaveAttribute(
      'href',
      '/sources/901_bbbbbbbbbbbbbbbb',
    );
    expect(screen.getByRole('list', { name: 'Line colours' })).toHaveTextContent('Enemies');
  });

  it('leaves out relationships beyond the spoiler level, and characters left with none, from drawing and list', async () => {
    const { drawing } = await renderMap({ spoilerLevel: 0 });
    expect(drawing).toHaveAccessibleName(/^Map of 2 characters and 1 relationship;/);
    expect(screen.queryByText('controls')).not.toBeInTheDocument();
    expect(screen.queryByText(/controls/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'An unnamed student' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Spoiler/)).not.toBeInTheDocument();
    expect(screen.getByText('1 relationship hidden: it reveals a later season.')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Test Villain' })).toHaveLength(2);
  });

  it('shows only a focus character’s relationships', async () => {
    const { drawing } = await renderMap({ focus: 'test-heroine' });
    expect(
      within(drawing)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Test Heroine', 'Test Villain']);
    expect(screen.queryByText(/controls/)).not.toBeInTheDocument();
  });

  it('says so when nothing is left to show', async () => {
    await renderMap({ focus: 'an-unnamed-student', spoilerLevel: 0 });
    expect(screen.queryByRole('group', { name: /^Map of/ })).not.toBeInTheDocument();
    expect(screen.getByText('No relationships to show.')).toBeInTheDocument();
    expect(screen.getByText('1 relationship hidden: it reveals a later season.')).toBeInTheDocument();
  });

  it('lights a character’s relationships and dims the rest on keyboard focus and on hover', async () => {
    const user = userEvent.setup();
    const { drawing, container } = await renderMap();
    expect(litEdges(container)).toBe(0);
    await user.tab();
    expect(within(drawing).getByRole('link', { name: 'Test Heroine' })).toHaveFocus();
    expect([litEdges(container), dimmedEdges(container)]).toEqual([1, 1]);
    await user.tab();
    expect(within(drawing).getByRole('link', { name: 'Test Villain' })).toHaveFocus();
    expect([litEdges(container), dimmedEdges(container)]).toEqual([2, 0]);
    await user.tab();
    await user.tab();
    expect(litEdges(container)).toBe(0);
    await user.hover(within(drawing).getByRole('link', { name: 'An unnamed student' }));
    expect([litEdges(container), dimmedEdges(container)]).toEqual([1, 1]);
    expect(container.querySelectorAll('a.relationship-map-node.is-dimmed')).toHaveLength(1);
    await user.unhover(within(drawing).getByRole('link', { name: 'An unnamed student' }));
    expect(litEdges(container)).toBe(0);
  });

  it('draws only the most connected characters when too many have relationships, and says so', async () => {
    const corpus = syntheticCorpus(200, { characterShare: 1, personShare: 0.5, relationshipsPerCharacter: 1 });
    const characters = new Set(corpus.relationships.flatMap((edge) => [edge.from, edge.to])).size;
    const { drawing } = await renderMap({}, corpus);
    expect(drawing).toHaveAccessibleName(/^Map of 30 characters and \d+ relationships;/);
    expect(
      screen.getByText(
        new RegExp(`^${characters} characters have relationships, too many to draw at once: the map shows 30,`),
      ),
    ).toBeInTheDocument();
  });

  it('on a character’s page draws the 29 characters with the most relationships with them when there are more, and says so', async () => {
    const corpus = syntheticCorpus(2000, { characterShare: 1, personShare: 0.5, relationshipsPerCharacter: 1 });
    const around = corpus.relationships.filter((edge) => edge.from === 'character-0' || edge.to === 'character-0');
    const others = new Set(around.flatMap((edge) => [edge.from, edge.to]).filter((slug) => slug !== 'character-0'))
      .size;
    const name = corpus.characters[0]?.name ?? '';
    const { drawing } = await renderMap({ focus: 'character-0' }, corpus);
    expect(others).toBeGreaterThan(29);
    expect(drawing).toHaveAccessibleName(/^Map of 30 characters and \d+ relationships;/);
    expect(
      screen.getByText(
        `${name} has relationships with ${others} characters, too many to draw at once: the map shows the 29 with the most relationships with them. The Relationships section lists every one.`,
      ),
    ).toBeInTheDocument();
  });

  it('opens a character’s page from its node', async () => {
    const user = userEvent.setup();
    const { drawing } = await renderMap();
    await user.click(within(drawing).getByRole('link', { name: 'Test Villain' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Character test-villain' })).toBeInTheDocument();
  });
});
