// Every page of the wiki, opened by direct URL in Chromium against the production build: its h1, its title, its
// landmarks, headings that never skip a level, nothing thrown.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { loadSeedCorpus } from '../../src/content/seed-files';
import { expectHeading, useBrowser } from './session';

const { corpus } = loadSeedCorpus(fileURLToPath(new URL('../..', import.meta.url)));

const pages: [path: string, heading: string, title: string][] = [
  ['/', 'Jessica Jones', 'Jessica Jones Wiki'],
  ...(
    [
      ['/characters', 'Characters'],
      ['/people', 'Cast & crew'],
      ['/seasons', 'Seasons'],
      ['/series', 'Marvel–Netflix series'],
      ['/topics', 'Topics'],
      ['/places', 'Places'],
      ['/sources', 'Sources'],
      ['/search', 'Search'],
      ['/about', 'About'],
      ['/bookmarks', 'Bookmarks'],
      ['/timeline', 'Timeline'],
      ...corpus.characters.map((row) => [`/characters/${row.slug}`, row.name]),
      ...corpus.people.map((row) => [`/people/${row.slug}`, row.name]),
      ...corpus.seasons.map((row) => [`/seasons/${row.number}`, row.name]),
      ...corpus.series.map((row) => [`/series/${row.slug}`, row.name]),
      ...corpus.topics.map((row) => [`/topics/${row.slug}`, row.name]),
      ...corpus.places.map((row) => [`/places/${row.slug}`, row.name]),
      ...corpus.sources.map((row) => [`/sources/${row.id}`, row.title]),
    ] as [string, string][]
  ).map(([path, name]): [string, string, string] => [path, name, `${name} — Jessica Jones Wiki`]),
];

/**
 * How many of each landmark the page has, as assistive technology sees them (the page's own <header> inside <main> is
 * no banner).
 */
async function landmarkCounts(page: Page) {
  const count = (role: 'banner' | 'navigation' | 'main' | 'contentinfo') => page.getByRole(role).count();
  return {
    banner: await count('banner'),
    navigation: await count('navigation'),
    main: await count('main'),
    contentinfo: await count('contentinfo'),
  };
}

/** The level of every heading on the page, in document order. */
const headingLevels = (page: Page) =>
  page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));

describe('every route by direct URL', () => {
  const browser = useBrowser();
  let session: { context: BrowserContext; page: Page; errors: string[] };
  beforeAll(async () => {
    session = await browser.open();
  });
  afterAll(async () => {
    await session.context.close();
  });

  it.each(pages)('%s shows its h1 and title', async (path, heading, title) => {
    const { page, errors } = session;
    await page.goto(path);
    await expectHeading(page, heading);
    await expect.poll(() => page.title()).toBe(title);
    expect(await page.locator('main#main').count()).toBe(1);
    expect(await landmarkCounts(page)).toEqual({ banner: 1, navigation: 1, main: 1, contentinfo: 1 });
    const levels = await headingLevels(page);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    expect(levels.filter((level, index) => index > 0 && level > (levels[index - 1] ?? 0) + 1)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the cited facts on a character page', async () => {
    const { page } = session;
    await page.goto('/characters/kilgrave');
    await page.getByRole('region', { name: 'Facts' }).waitFor();
    expect(await page.getByRole('link', { name: /^Source \d: / }).count()).toBeGreaterThan(5);
    expect(await page.getByRole('region', { name: 'References' }).getByRole('listitem').count()).toBeGreaterThan(0);
  });
});
