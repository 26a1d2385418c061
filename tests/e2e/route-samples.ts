// One page of every kind the wiki has, for the browser checks that look at each kind once rather than at every page.
import type { Page } from 'playwright-core';
import { waitForApp } from './session';

export type RouteSample = { name: string; path: string };

export const routeSamples: RouteSample[] = [
  { name: 'home', path: '/' },
  { name: 'characters', path: '/characters' },
  { name: 'character', path: '/characters/jessica-jones' },
  { name: 'people', path: '/people' },
  { name: 'person', path: '/people/krysten-ritter' },
  { name: 'seasons', path: '/seasons' },
  { name: 'season', path: '/seasons/2' },
  { name: 'series list', path: '/series' },
  { name: 'series', path: '/series/daredevil' },
  { name: 'topics', path: '/topics' },
  { name: 'topic', path: '/topics/ptsd' },
  { name: 'places', path: '/places' },
  { name: 'place', path: '/places/hells-kitchen' },
  { name: 'sources', path: '/sources' },
  { name: 'source', path: '/sources/001_c1edaf6acbf15086' },
  {
    name: 'timeline with filters',
    path: `/timeline?kinds=${encodeURIComponent('["premiere","announcement"]')}&series=luke-cage`,
  },
  { name: 'search results', path: '/search?q=kilgrave' },
  { name: 'bookmarks', path: '/bookmarks' },
  { name: 'about', path: '/about' },
  { name: 'unknown page', path: '/no-such-page' },
  { name: 'unknown character', path: '/characters/nobody' },
];

/** Opens `path` and waits until the app runs the page and has rendered its asynchronous parts (search results). */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('main h1').waitFor();
  await waitForApp(page);
  if (path.startsWith('/search?')) await page.locator('.search-summary').waitFor();
}
