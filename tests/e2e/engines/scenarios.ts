// The scenario list every engine runs (one test file per engine calls it): first start, a page by URL, search, the
// timeline, a bookmark across a reload, readable form controls, and offline deep links once the service worker controls
// the page — each with no console error. The tests run in order in one fresh profile; the last one stops this file's
// server.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../static-server';
import type { Engine, EngineDriver } from './engine-driver';

/**
 * The page's h1 text once the app runs the page (React has attached itself to it: a prerendered page shows its h1
 * before), '' until then (a navigation may change the URL before the new page renders).
 */
const headingOf = (driver: EngineDriver) =>
  driver.evaluate(() => {
    const heading = document.querySelector('h1');
    const isRun = heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber$'));
    return isRun ? (heading.textContent ?? '') : '';
  });

/** Polls like expect.poll, with room for a slow engine on a busy machine. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });

async function expectHeading(driver: EngineDriver, text: string) {
  await poll(() => headingOf(driver)).toBe(text);
}

/**
 * Waits until the page has made its last lazy request, the service worker registration (workbox-window, fetched once
 * the page has gone idle), before the test leaves it: Firefox logs a request its service worker was answering as a
 * console error when a navigation cancels it, which a fan never sees but the console check would.
 */
async function expectSettled(driver: EngineDriver) {
  await poll(() =>
    driver.evaluate(
      () =>
        !location.protocol.startsWith('http') ||
        performance
          .getEntriesByType('resource')
          .some(
            (entry) =>
              entry.name.includes('/assets/workbox-window') && (entry as PerformanceResourceTiming).responseEnd > 0,
          ),
    ),
  ).toBe(true);
}

/** How far the service worker has got with this page: 'controlled', or its registration's workers and their states. */
const workerState = async () => {
  if (navigator.serviceWorker.controller) return 'controlled';
  const registration = await navigator.serviceWorker.getRegistration();
  const state = (worker: ServiceWorker | null | undefined) => worker?.state ?? 'none';
  return registration
    ? `not controlled: installing ${state(registration.installing)}, waiting ${state(registration.waiting)}, active ${state(registration.active)}`
    : 'not controlled: no registration';
};

/**
 * Makes sure the service worker controls the page, as it does on any visit after the first. Its install precaches the
 * whole app, which on a busy machine can take longer than any page wait: it gets a minute. It then claims the open
 * tab, but `clients.claim()` takes only the pages that exist when it runs: a page whose load straddled it (loaded while
 * the worker installed) stays uncontrolled, so it is reloaded, as a fan's next visit would be.
 */
async function expectControlled(driver: EngineDriver) {
  const installed = /^controlled$|active activated$/;
  await expect.poll(() => driver.evaluate(workerState), { timeout: 60_000, interval: 200 }).toMatch(installed);
  if ((await driver.evaluate(workerState)) === 'controlled') return;
  await expectSettled(driver);
  await driver.reload();
  await poll(() => driver.evaluate(workerState)).toBe('controlled');
}

/** Opens a path once the page before it has settled (see expectSettled). */
async function visit(driver: EngineDriver, path: string) {
  await expectSettled(driver);
  await driver.goto(path);
}

/** Each select's computed look: whether it is drawn natively, and the contrast of its text on its own background. */
const selectLooks = () =>
  [...document.querySelectorAll('select')].map((select) => {
    const style = getComputedStyle(select);
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((channel) => {
        const value = channel / 255;
        return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [lighter, darker] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a) as [
      number,
      number,
    ];
    return {
      label: select.labels[0]?.textContent?.trim() ?? select.name,
      appearance: style.appearance,
      contrast: Math.round(((lighter + 0.05) / (darker + 0.05)) * 10) / 10,
    };
  });

export function runEngineScenarios(engine: Engine) {
  describe(`${engine.name}: a fan's main flows`, () => {
    let server: StaticServer;
    let driver: EngineDriver;
    beforeAll(async () => {
      server = await startStaticServer(inject('distA'));
      driver = await engine.launch({ baseUrl: server.url });
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('loads the first start with no console error', async () => {
      await visit(driver, '/');
      await expectHeading(driver, 'Jessica Jones');
      await poll(() =>
        driver.evaluate(() => document.querySelectorAll('main a[href^="/characters/"]').length),
      ).toBeGreaterThan(0);
      expect(await driver.takeConsoleErrors()).toEqual([]);
    });

    it('opens a character page by its URL', async () => {
      await visit(driver, '/characters/kilgrave');
      await expectHeading(driver, 'Kilgrave');
      expect(await driver.takeConsoleErrors()).toEqual([]);
    });

    it('searches from the header box and on /search', async () => {
      await visit(driver, '/');
      await expectHeading(driver, 'Jessica Jones');
      await driver.fill('.search-input', 'kilgrave');
      await driver.pressEnter('.search-input');
      await expectHeading(driver, 'Results for “kilgrave”');
      await poll(() => driver.evaluate(() => document.querySelectorAll('.search-result').length)).toBeGreaterThan(0);

      await visit(driver, '/search?q=trish');
      await expectHeading(driver, 'Results for “trish”');
      await poll(() =>
        driver.evaluate(() => [...document.querySelectorAll('.search-result a')].map((link) => link.textContent)),
      ).toContain('Trish Walker');
      expect(await driver.takeConsoleErrors()).toEqual([]);
    });

    it('shows the timeline', async () => {
      await visit(driver, '/timeline');
      await expectHeading(driver, 'Timeline');
      await poll(() => driver.evaluate(() => document.querySelectorAll('.timeline-year').length)).toBeGreaterThan(0);
      expect(await driver.takeConsoleErrors()).toEqual([]);
    });

    it('keeps a bookmark across a reload', async () => {
      await visit(driver, '/characters/kilgrave');
      await expectHeading(driver, 'Kilgrave');
      const toggle = 'button[aria-label="Bookmark Kilgrave"]';
      await poll(() =>
        driver.evaluate(
          () => document.querySelector<HTMLButtonElement>('button[aria-label="Bookmark Kilgrave"]')?.disabled,
        ),
      ).toBe(false);
      // Clicked once the page has settled (taken over, its reads done, idle), as a fan's first click usually comes.
      await expectSettled(driver);
      await driver.click(toggle);
      await poll(() =>
        driver.evaluate(() =>
          document.querySelector('button[aria-label="Bookmark Kilgrave"]')?.getAttribute('aria-pressed'),
        ),
      ).toBe('true');
      // Reloaded once the service worker controls the page, as on any visit after the first.
      await expectControlled(driver);
      await expectSettled(driver);
      await driver.reload();
      await expectHeading(driver, 'Kilgrave');
      await poll(() =>
        driver.evaluate(() =>
          document.querySelector('button[aria-label="Bookmark Kilgrave"]')?.getAttribute('aria-pressed'),
        ),
      ).toBe('true');
      await visit(driver, '/bookmarks');
      await expectHeading(driver, 'Bookmarks');
      await poll(() =>
        driver.evaluate(() =>
          [...document.querySelectorAll('.bookmark-list .bookmark-title')].map((title) => title.textContent),
        ),
      ).toEqual(['Kilgrave']);
      expect(await driver.takeConsoleErrors()).toEqual([]);
    }, 120_000);

    it('draws every select in its own readable colours (WebKit paints a native one light whatever its text colour)', async () => {
      for (const [path, heading] of [
        ['/timeline', 'Timeline'],
        ['/bookmarks', 'Bookmarks'],
      ] as const) {
        await visit(driver, path);
        await expectHeading(driver, heading);
        const looks = await driver.evaluate(selectLooks);
        expect(looks.length).toBeGreaterThan(1);
        for (const look of looks)
          expect(look).toEqual({
            label: look.label,
            appearance: 'none',
            contrast: expect.toSatisfy((ratio: number) => ratio >= 4.5),
          });
      }
    });

    it('works offline once the service worker controls the page: a never-visited deep link renders with the server gone', async () => {
      await visit(driver, '/');
      await expectHeading(driver, 'Jessica Jones');
      await expectControlled(driver);
      await expectSettled(driver);
      await server.close();
      await visit(driver, '/people/david-tennant');
      await expectHeading(driver, 'David Tennant');
      expect(await driver.takeConsoleErrors()).toEqual([]);
    }, 120_000);
  });
}
