// The JavaScript budget, checked where it matters: what Chromium really fetches before a character page is usable on a
// fan's first visit, against the build's own figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { firstVisitReportFile, type RouteWeight } from '../../build/bundle-budget-vite-plugin';
import { useBrowser } from './session';

type Report = { budgetKb: number; corpus: string[]; routes: RouteWeight[] };

describe('first visit to a character page', () => {
  const browser = useBrowser();

  it('fetches no more JavaScript than the budget before the page is usable, and only what the build counted', async () => {
    const report = JSON.parse(readFileSync(join(inject('distA'), firstVisitReportFile), 'utf8')) as Report;
    const counted = report.routes.find((weight) => weight.route === 'characters/$slug');
    expect(counted).toBeDefined();

    const { context, page, errors } = await browser.open({ viewport: { width: 360, height: 740 }, isMobile: true });
    // The moment the app has taken over the prerendered page (React has attached itself to its h1), on the page's own
    // clock (the same clock as its resource timings): the HTML is readable before, but not usable.
    await page.addInitScript(() => {
      const check = () => {
        const heading = document.querySelector('main h1');
        if (heading && Object.keys(heading).some((key) => key.startsWith('__reactFiber$'))) {
          (window as unknown as { usableAt: number }).usableAt = performance.now();
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    const gzipped = new Map<string, number>();
    page.on('response', async (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('.js')) gzipped.set(path.slice(1), gzipSync(await response.body()).length);
    });
    await page.goto('/characters/kilgrave');
    await page.locator('main h1', { hasText: 'Kilgrave' }).waitFor();
    await page.waitForFunction(() => 'usableAt' in window);
    await page.waitForLoadState('networkidle');

    const fetchedBeforeUsable = await page.evaluate(() => {
      const usableAt = (window as unknown as { usableAt: number }).usableAt;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < usableAt && new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => new URL(entry.name).pathname.slice(1));
    });
    const code = fetchedBeforeUsable.filter((file) => !report.corpus.includes(file));
    const codeKb = code.reduce((sum, file) => sum + (gzipped.get(file) ?? Number.NaN), 0) / 1024;

    // The corpus loads into IndexedDB once the page is usable: the prerendered page carries what it shows.
    expect(report.corpus.length).toBeGreaterThan(0);
    expect(fetchedBeforeUsable.filter((file) => report.corpus.includes(file))).toEqual([]);
    await expect.poll(() => [...gzipped.keys()]).toEqual(expect.arrayContaining(report.corpus));
    expect(code.toSorted()).toEqual(counted?.files);
    expect(codeKb).toBeCloseTo(counted?.codeKb ?? 0, 0);
    expect(codeKb).toBeLessThanOrEqual(report.budgetKb);
    // The map's layout code and the service worker's helper arrive only after the page is usable.
    expect(code.some((file) => /relationship-map-|workbox-window/.test(file) && !file.includes('deferred'))).toBe(
      false,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
