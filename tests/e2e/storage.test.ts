// The database in a real browser: loaded once, reused on return, replaced by memory when IndexedDB is unavailable, and
// a clear notice when another tab upgrades it.
import { describe, expect, it } from 'vitest';
import { expectHeading, headingOf, useBrowser } from './session';

const readCorpusMeta = () =>
  new Promise<{ hash: string; loadedAt: number } | undefined>((resolve, reject) => {
    const request = indexedDB.open('jessica-jones-wiki');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const get = request.result.transaction('meta').objectStore('meta').get('corpus');
      get.onsuccess = () => {
        resolve(get.result);
        request.result.close();
      };
    };
  });

describe('storage', () => {
  const browser = useBrowser();

  it('says to close the other tab while an older version held open there blocks the database, then goes on', async () => {
    const { context, page, errors } = await browser.open();
    // Another tab of this site holds the database open at an older version and ignores requests to let go.
    const other = await context.newPage();
    await other.goto('/robots.txt');
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('jessica-jones-wiki', 10);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            Object.assign(window, { heldOpen: request.result });
            resolve();
          };
        }),
    );
    await page.goto('/characters/kilgrave');
    await page.getByText('Another tab has an older version of the wiki open').waitFor();
    await other.evaluate(() => (window as unknown as { heldOpen: IDBDatabase }).heldOpen.close());
    // The prerendered page's h1 is there all along: what says the app went on is the notice going away.
    await expect.poll(() => page.getByText('Another tab has an older version of the wiki open').count()).toBe(0);
    await expectHeading(page, 'Kilgrave');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads the corpus on the first visit and not again on the next', async () => {
    const { context, page } = await browser.open();
    await page.goto('/characters/jessica-jones');
    await headingOf(page);
    // The prerendered page is usable before the corpus is stored: it loads once the app has taken the page over.
    await page.waitForFunction(() => performance.getEntriesByName('corpus-write').length > 0);
    const first = await page.evaluate(readCorpusMeta);
    expect(first?.hash).toMatch(/^[0-9a-f]{16}$/);
    await page.goto('/characters/luke-cage');
    await page.reload();
    await expectHeading(page, 'Luke Cage');
    expect(await page.evaluate(readCorpusMeta)).toEqual(first);
    await context.close();
  });

  it('still works from memory, with a notice, when IndexedDB is unavailable', async () => {
    const { context, page, errors } = await browser.open();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
    await page.goto('/characters/kilgrave');
    await expectHeading(page, 'Kilgrave');
    await page.getByText('bookmarks, settings and your edits won’t be kept').waitFor();
    expect(await page.getByRole('region', { name: 'Facts' }).getByRole('listitem').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells the fan when another tab opens a newer version, and offers a reload', async () => {
    const { context, page } = await browser.open();
    await page.goto('/characters/trish-walker');
    await headingOf(page);
    const newerTab = await context.newPage();
    await newerTab.goto('/robots.txt');
    await newerTab.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('jessica-jones-wiki', 1000);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await page.getByText('A newer version of the wiki is open in another tab').waitFor();
    expect(await page.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    await context.close();
  });
});
