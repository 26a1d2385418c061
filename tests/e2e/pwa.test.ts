// The installable, offline-first wiki: never-visited pages open with the network gone, a new build prompts before
// reloading and keeps the fan's data, the manifest installs, the CSP holds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchPersistentChromium } from './browser';
import { buildBMarker } from './global-setup';
import { expectHeading, headingOf, useBrowser, waitForServiceWorker } from './session';
import { startStaticServer, type StaticServer } from './static-server';

describe('offline', () => {
  const browser = useBrowser();

  it('opens pages never visited, searches and navigates with the network gone', async () => {
    const { context, page, errors } = await browser.open();
    await page.goto('/');
    await headingOf(page);
    await waitForServiceWorker(page);
    await context.setOffline(true);

    for (const [path, heading] of [
      ['/characters/kilgrave', 'Kilgrave'],
      ['/people/david-tennant', 'David Tennant'],
      ['/seasons/2', 'Season 2'],
      ['/topics/ptsd', 'PTSD'],
      ['/sources/003_cb1679ec07d2d718', 'You Need To See All Of The Women Behind Jessica Jones Season 2'],
      ['/search?q=kilgrave', 'Results for “kilgrave”'],
    ] as const) {
      await page.goto(path);
      await expectHeading(page, heading);
      expect(await page.locator('main li').count()).toBeGreaterThan(0);
    }
    expect(
      await page
        .getByRole('region', { name: /^Characters \(\d+\)$/ })
        .getByRole('link')
        .first()
        .textContent(),
    ).toBe('Kilgrave');
    await page.getByText('Offline — reading from this device').waitFor();

    await page
      .getByRole('region', { name: /^Characters \(\d+\)$/ })
      .getByRole('link', { name: 'Kilgrave', exact: true })
      .click();
    await page.waitForURL('**/characters/kilgrave');
    await page.getByRole('complementary').getByRole('link', { name: 'David Tennant' }).click();
    await page.waitForURL('**/people/david-tennant');
    await page.goBack();
    await page.waitForURL('**/characters/kilgrave');
    await expectHeading(page, 'Kilgrave');
    await page.goForward();
    await expectHeading(page, 'David Tennant');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('navigations under the service worker', () => {
  const browser = useBrowser();
  /** The path the served HTML was prerendered for; none for the app shell. */
  const servedFor = (page: Page) =>
    page.evaluate(() => {
      const text = document.getElementById('prerendered-state')?.textContent;
      return text ? (JSON.parse(text) as { path: string }).path : null;
    });

  it('serve a prerendered page its own HTML online, and the app shell offline', async () => {
    const { context, page, errors } = await browser.open();
    await page.goto('/');
    await headingOf(page);
    await waitForServiceWorker(page);

    await page.goto('/characters/kilgrave');
    await expectHeading(page, 'Kilgrave');
    expect(await servedFor(page)).toBe('/characters/kilgrave');
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    await page.goto('/people/david-tennant');
    await expectHeading(page, 'David Tennant');
    expect(await servedFor(page)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('updates', () => {
  const browser = useBrowser();
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(inject('distA'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('prompts when a new build is deployed, reloads only when asked, and keeps the fan’s data', async () => {
    const { context, page } = await browser.open({ baseURL: server.url });
    await page.goto('/characters/trish-walker');
    await headingOf(page);
    await waitForServiceWorker(page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('jessica-jones-wiki');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const transaction = request.result.transaction('bookmarks', 'readwrite');
            transaction
              .objectStore('bookmarks')
              .put({ ref: 'characters:trish-walker', title: 'Trish Walker', addedAt: 1 });
            transaction.oncomplete = () => {
              request.result.close();
              resolve();
            };
          };
        }),
    );

    server.deploy(inject('distB'));
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await page.getByText('A new version of the wiki is available.').waitFor();
    expect(await page.getByText(buildBMarker).count()).toBe(0);

    await page.getByRole('button', { name: 'Reload' }).click();
    await page.getByText(buildBMarker).waitFor();
    await expectHeading(page, 'Trish Walker');
    const bookmarks = await page.evaluate(
      () =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = indexedDB.open('jessica-jones-wiki');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const all = request.result.transaction('bookmarks').objectStore('bookmarks').getAll();
            all.onsuccess = () => resolve(all.result);
          };
        }),
    );
    expect(bookmarks).toEqual([{ ref: 'characters:trish-walker', title: 'Trish Walker', addedAt: 1 }]);
    await context.close();
  });
});

describe('installability and security', () => {
  const browser = useBrowser();

  it('has a complete manifest and Chromium reports no installability errors', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'jj-wiki-profile-'));
    const context = await launchPersistentChromium(profile, inject('baseUrl'));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await headingOf(page);
    await waitForServiceWorker(page);
    const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(manifestUrl ?? '')).json();
    expect(manifest).toMatchObject({
      name: 'Jessica Jones Wiki',
      short_name: 'JJ Wiki',
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    expect(manifest.description).toBeTruthy();
    expect(manifest.theme_color).toMatch(/^#/);
    expect(manifest.background_color).toMatch(/^#/);
    const icons = manifest.icons as { src: string; sizes: string; type: string; purpose?: string }[];
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512', 'any']));
    expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of icons) expect((await page.request.get(`/${icon.src}`)).ok()).toBe(true);
    expect((manifest.shortcuts as { url: string }[]).map((shortcut) => shortcut.url)).toEqual(
      expect.arrayContaining(['/characters', '/search']),
    );

    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('allows only same-origin code: the pages run under the CSP without a violation, and inline script is refused', async () => {
    const { context, page, errors } = await browser.open();
    await context.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(event.violatedDirective),
      );
    });
    await page.goto('/search?q=jessica');
    await page.locator('.search-summary').waitFor();
    await page.goto('/characters/jessica-jones');
    await headingOf(page);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    const ranInline = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ranInline).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toContain(
      'script-src-elem',
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
