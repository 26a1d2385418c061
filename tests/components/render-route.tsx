// Renders the real route tree at a path, in memory, over a fixture corpus: the component tests' way in.
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRouter, RouterProvider } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import { createQueryClient } from '../../src/lib/query-client';
import { routeTree } from '../../src/routeTree.gen';
import { routerOptions } from '../../src/routes/-router-options';
import { openTestDatabase } from '../fixtures/test-database';

/** `openDatabase` picks the corpus (default: a fresh database with the small fixture corpus). */
export async function renderRoute(
  path: string,
  { openDatabase = () => openTestDatabase() }: { openDatabase?: () => Promise<unknown> } = {},
) {
  await openDatabase();
  const queryClient = createQueryClient();
  const router = createRouter({
    ...routerOptions,
    routeTree,
    context: { queryClient },
    history: createMemoryHistory({ initialEntries: [path] }),
  });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  // The first render of a file compiles the route tree's modules: on a busy machine that takes seconds, not a bug.
  const heading = await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
  return { ...view, router, heading };
}
