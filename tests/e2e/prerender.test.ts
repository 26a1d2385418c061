// The prerendered pages (build/prerender-vite-plugin.ts) as crawlers, readers without JavaScript and the app see
// them: every content URL's file has its page's h1, head and Open Graph tags and nothing above the "nothing yet"
// spoiler level; link previews find a title, description and image; without JavaScript pages read and link to each
// other; with it, the app takes each page over without a hydration error.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, inject, it } from 'vitest';
import { contentPaths } from '../../src/content/content-paths';
import type { EntityKind } from '../../src/content/schema';
import { keyOf, pageName } from '../../src/content/tables';
import { appChunksAttribute, appEntryAttribute } from '../../src/lib/take-over-attributes';
import { appShellFile } from '../../build/prerender-vite-plugin';
import { loadSeedCorpus } from '../../src/content/seed-files';
import { runsOf, spoilingTexts } from '../fixtures/spoiling-texts';
import { routeSamples } from './route-samples';
import type { Page } from 'playwright-core';
import { baseUrl, useBrowser } from './session';

const { corpus } = loadSeedCorpus(fileURLToPath(new URL('../..', import.meta.url)));
const paths = contentPaths(corpus);
const siteName = 'Jessica Jones Wiki';

/** The prerendered file of a path, parsed (its scripts never run). */
function prerendered(path: string): Document {
  const file = join(inject('distA'), ...decodeURIComponent(path).split('/').filter(Boolean), 'index.html');
  expect(existsSync(file), `${path} has no prerendered file`).toBe(true);
  return new JSDOM(readFileSync(file, 'utf8')).window.document;
}

const metaContent = (document: Document, key: string) =>
  document.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content') ?? '';

/** The name a page of the corpus has (its h1). */
function corpusName(path: string): string | undefined {
  const [, kind, key] = path.split('/') as [string, EntityKind, string | undefined];
  const row = corpus[kind]?.find((entry) => String(keyOf(kind, entry)) === decodeURIComponent(key ?? ''));
  return row ? pageName(row) : undefined;
}

describe('prerendered files', () => {
  it.each(paths.map((path) => [path]))('%s holds its h1, title, description and Open Graph tags', (path) => {
    const document = prerendered(path);
    const h1 = document.querySelector('main h1')?.textContent ?? '';
    expect(h1).not.toBe('');
    if (path.split('/').length > 2) expect(h1).toBe(corpusName(path));
    const title = path === '/' ? siteName : `${h1} — ${siteName}`;
    expect(document.title).toBe(title);
    const description = metaContent(document, 'description');
    expect(description.length).toBeGreaterThan(20);
    // No canonical link without the site's origin (tests/unit/page-head.test.ts checks it with one).
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(metaContent(document, 'og:title')).toBe(title);
    expect(metaContent(document, 'og:description')).toBe(description);
    expect(metaContent(document, 'og:url')).toBe(path);
    expect(metaContent(document, 'og:site_name')).toBe(siteName);
    expect(metaContent(document, 'og:type')).toMatch(/^(website|article)$/);
    expect(metaContent(document, 'twitter:card')).toBe('summary_large_image');
    const image = metaContent(document, 'og:image');
    expect(image).toMatch(/^\/og\/[a-z]+\.png$/);
    expect(existsSync(join(inject('distA'), image))).toBe(true);
    expect(document.querySelector('noscript')).toBeNull();
    // Its one script is the loader, which asks for the app (the shell's entry and chunks) once the page has painted.
    const shell = new JSDOM(readFileSync(join(inject('distA'), appShellFile), 'utf8')).window.document;
    const shellEntry = shell.querySelector('script[type="module"][src]')?.getAttribute('src');
    const shellChunks = [...shell.querySelectorAll('link[rel="modulepreload"]')].map((link) =>
      link.getAttribute('href'),
    );
    const scripts = [...document.querySelectorAll('script:not([type="application/json"])')];
    expect(scripts).toHaveLength(1);
    // A classic script in the head: it runs before the first paint (to hide an answered spoiler question).
    expect(scripts[0]?.parentElement?.tagName).toBe('HEAD');
    expect(scripts[0]?.hasAttribute('type')).toBe(false);
    expect(scripts[0]?.getAttribute('src')).toMatch(/^\/assets\/take-over-[\w-]+\.js$/);
    expect(scripts[0]?.getAttribute(appEntryAttribute)).toBe(shellEntry);
    expect(scripts[0]?.getAttribute(appChunksAttribute)?.split(' ')).toEqual(shellChunks);
    expect(document.querySelector('link[rel="modulepreload"]')).toBeNull();
  });

  it('the sitemap lists every page', () => {
    const sitemap = readFileSync(join(inject('distA'), 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(listed).toEqual(paths);
  });

  it.each(paths.map((path) => [path]))('%s shows nothing tagged above "nothing yet"', (path) => {
    const document = prerendered(path);
    for (const script of document.querySelectorAll('script')) script.remove();
    const previews = [...document.querySelectorAll('meta[content]')].map((meta) => meta.getAttribute('content'));
    const shown = [document.title, ...previews, document.body.textContent ?? ''].join('\n').replace(/\s+/g, ' ');
    for (const { text, spoils } of spoilingTexts(corpus)) {
      if (spoils <= 0) continue;
      for (const run of runsOf(text))
        expect(shown, `"${run}" (spoils Season ${spoils}) leaked on ${path}`).not.toContain(run);
    }
  });
});

/** Waits until the page's h1 reads `text`, with no app to wait for. */
const expectStaticHeading = (page: Page, text: string) =>
  expect.poll(() => page.locator('main h1').textContent()).toBe(text);

describe('crawlers and readers without JavaScript', () => {
  const browser = useBrowser();

  it('a link preview of a character page finds its title, description and image in the raw HTML', async () => {
    const response = await fetch(`${baseUrl()}/characters/kilgrave`, {
      headers: { 'User-Agent': 'facebookexternalhit/1.1' },
    });
    const { document } = new JSDOM(await response.text()).window;
    const kilgrave = corpus.characters.find((row) => row.slug === 'kilgrave');
    expect(metaContent(document, 'og:title')).toBe(`Kilgrave — ${siteName}`);
    expect(metaContent(document, 'og:description')).toContain(kilgrave?.summary.text.split(' ').slice(0, 6).join(' '));
    const image = await fetch(`${baseUrl()}${metaContent(document, 'twitter:image')}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
  });

  it('reads a page and follows its links to other prerendered pages', async () => {
    const { context, page, errors } = await browser.open({ javaScriptEnabled: false });
    await page.goto('/characters/kilgrave');
    await expectStaticHeading(page, 'Kilgrave');
    const kilgrave = corpus.characters.find((row) => row.slug === 'kilgrave');
    await page
      .getByText(kilgrave?.summary.text.split(' ').slice(0, 6).join(' ') ?? '')
      .first()
      .waitFor();
    // The relationship map needs JavaScript: its place says where the same relationships are listed.
    const mapSection = page.getByRole('region', { name: 'Relationship map' });
    await expect
      .poll(() => mapSection.getByText(/the relationships above are the same, as a list/).isVisible())
      .toBe(true);
    expect(await mapSection.getByText('Drawing the map…').isVisible()).toBe(false);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Characters' }).click();
    await page.waitForURL('**/characters');
    await expectStaticHeading(page, 'Characters');
    await page.getByRole('link', { name: 'Trish Walker', exact: true }).first().click();
    await page.waitForURL('**/characters/trish-walker');
    await expectStaticHeading(page, 'Trish Walker');
    await page.getByRole('link', { name: 'About this wiki' }).click();
    await expectStaticHeading(page, 'About');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the app taking a prerendered page over', () => {
  const browser = useBrowser();
  const samples = [...routeSamples.filter(({ path }) => paths.includes(path)), { name: 'timeline', path: '/timeline' }];

  it.each(samples.map(({ name, path }) => [name, path]))(
    '%s hydrates the served HTML: same elements, no error or warning',
    async (_, path) => {
      const { context, page, errors } = await browser.open();
      const console: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') console.push(message.text());
      });
      await page.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () =>
          Object.assign(window, { servedHeading: document.querySelector('main h1') }),
        ),
      );
      await page.goto(path);
      // The app reads the fan's database once it has taken the page over: the first visit then loads the corpus.
      await page.waitForFunction(() => performance.getEntriesByName('corpus-write').length > 0);
      const sameHeading = await page.evaluate(
        () => (window as unknown as { servedHeading: Element }).servedHeading === document.querySelector('main h1'),
      );
      expect(sameHeading, 'the served h1 was replaced rather than hydrated').toBe(true);
      // The app's code was asked for only once the page had painted from its HTML.
      const [firstPaint, appRequested] = await page.evaluate(() => [
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        Math.min(
          ...performance
            .getEntriesByType('resource')
            .filter((entry) => /\/assets\/index-[\w-]+\.js$/.test(entry.name))
            .map((entry) => entry.startTime),
        ),
      ]);
      expect(appRequested).toBeGreaterThanOrEqual(firstPaint ?? Number.NaN);
      expect(errors).toEqual([]);
      expect(console).toEqual([]);
      await context.close();
    },
  );
});
