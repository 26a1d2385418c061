// rereadPrerendered, the app taking a prerendered page over: the page's answers that the fan's data can change are read
// again from the fan's database (their spoiler level), the content is kept while the fan has no edits, and read again
// once they have one (or when that can't be told).
import { dehydrate, hydrate, QueryObserver, type QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { entityRef } from '../../src/content/refs';
import { hasActiveEdits } from '../../src/db/local-edits';
import { readTable } from '../../src/db/read-content';
import type { WikiDatabase } from '../../src/db/wiki-database';
import { characterQueryOptions } from '../../src/features/characters/api/character-query';
import { spoilerSettingKey, spoilerSettingQueryOptions } from '../../src/features/spoilers/api/spoiler-setting-query';
import { createQueryClient } from '../../src/lib/query-client';
import { rereadPrerendered } from '../../src/lib/reread-prerendered';
import { saveEdit } from '../fixtures/fan-edits';
import { openTestDatabase } from '../fixtures/test-database';

/** What the build does: reads the page's queries from the published corpus, for no fan, and dehydrates them. */
async function prerender(slug: string) {
  const build = createQueryClient();
  await build.fetchQuery(characterQueryOptions(slug));
  await build.fetchQuery(spoilerSettingQueryOptions());
  return dehydrate(build);
}

/** The browser: hydrates the prerendered answers, with the page's components watching them. */
function takeOver(prerendered: ReturnType<typeof dehydrate>, slug: string) {
  const queryClient = createQueryClient();
  hydrate(queryClient, prerendered);
  new QueryObserver(queryClient, characterQueryOptions(slug)).subscribe(() => undefined);
  new QueryObserver(queryClient, spoilerSettingQueryOptions()).subscribe(() => undefined);
  return queryClient;
}

const rename = (db: WikiDatabase, slug: string, name: string) =>
  saveEdit(db, entityRef('characters', slug), (document) => ({
    ...document,
    page: document.page && { ...document.page, name },
  }));

const settled = (queryClient: QueryClient) => expect.poll(() => queryClient.isFetching()).toBe(0);

describe('rereadPrerendered', () => {
  it('reads the fan’s spoiler level again and keeps the prerendered content of a fan without edits', async () => {
    const { db } = await openTestDatabase();
    const [character] = await readTable(db, 'characters');
    const slug = character!.slug;
    const prerendered = await prerender(slug);
    await db.settings.put({ key: spoilerSettingKey, value: 'all' });
    const queryClient = takeOver(prerendered, slug);
    const contentReadAt = queryClient.getQueryState(characterQueryOptions(slug).queryKey)?.dataUpdatedAt;

    await rereadPrerendered(queryClient, prerendered, () => hasActiveEdits(db));
    await settled(queryClient);

    expect(queryClient.getQueryData(spoilerSettingQueryOptions().queryKey)).toEqual({ choice: 'all', asked: true });
    const content = queryClient.getQueryState(characterQueryOptions(slug).queryKey);
    expect(content?.dataUpdatedAt).toBe(contentReadAt);
    expect(content?.isInvalidated).toBe(false);
  });

  it.each([
    ['finds the fan has an edit', (db: WikiDatabase) => () => hasActiveEdits(db)],
    ['can’t tell whether the fan has edits', () => () => Promise.reject(new Error('IndexedDB failed'))],
  ])('reads the content again, with the fan’s edit, when it %s', async (_, fanHasEdits) => {
    const { db } = await openTestDatabase();
    const [character] = await readTable(db, 'characters');
    const slug = character!.slug;
    const prerendered = await prerender(slug);
    await rename(db, slug, 'Renamed by a fan');
    const queryClient = takeOver(prerendered, slug);

    await rereadPrerendered(queryClient, prerendered, fanHasEdits(db));
    await settled(queryClient);

    expect(queryClient.getQueryData(characterQueryOptions(slug).queryKey)?.character.name).toBe('Renamed by a fan');
  });

  it('leaves alone what was read after the take-over: only the prerendered answers are re-read', async () => {
    const { db } = await openTestDatabase();
    const [first, second] = await readTable(db, 'characters');
    const prerendered = await prerender(first!.slug);
    const queryClient = takeOver(prerendered, first!.slug);
    await queryClient.fetchQuery(characterQueryOptions(second!.slug));
    await queryClient.fetchQuery({ queryKey: ['read-later'], queryFn: () => 'read' });

    await rereadPrerendered(queryClient, prerendered, () => Promise.resolve(true));

    expect(queryClient.getQueryState(characterQueryOptions(second!.slug).queryKey)?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(['read-later'])?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(characterQueryOptions(first!.slug).queryKey)?.isInvalidated).toBe(true);
  });
});
