// Every page of the wiki, opened by direct URL in Chromium against the production build: its h1, its title, nothing thrown.
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
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main#main').count()).toBe(1);
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
