// Nothing a fan keeps is lost, in a real browser: writes that IndexedDB refuses say so where the fan acted (no
// unhandled rejection), a note typed just before a reload is kept, a note box follows another tab's save, site data
// cleared under an open tab is reloaded (never an index of nothing).
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, bookmark, expectHeading, headingOf, useBrowser } from './session';

/**
 * Makes every IndexedDB write in the page's tabs throw QuotaExceededError while `window.failWrites` is true; records
 * unhandled rejections.
 */
async function breakableWrites(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const state = window as unknown as { failWrites: boolean; rejections: string[] };
    state.failWrites = false;
    state.rejections = [];
    window.addEventListener('unhandledrejection', (event) => state.rejections.push(String(event.reason)));
    for (const method of ['put', 'add', 'delete'] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (state.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as never;
    }
  });
}

const failWrites = (page: Page, fail: boolean) =>
  page.evaluate((value) => ((window as unknown as { failWrites: boolean }).failWrites = value), fail);
const rejections = (page: Page) => page.evaluate(() => (window as unknown as { rejections: string[] }).rejections);
const storedNote = (page: Page, ref: string) =>
  page.evaluate(
    (key) =>
      new Promise<string | undefined>((resolve, reject) => {
        const request = indexedDB.open('jessica-jones-wiki');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const get = request.result.transaction('notes').objectStore('notes').get(key);
          get.onsuccess = () => {
            resolve(get.result?.text);
            request.result.close();
          };
        };
      }),
    ref,
  );

describe('data safety', () => {
  const browser = useBrowser();

  it('says where a write failed, keeps the stored state and the fan’s text, with no unhandled rejection', async () => {
    const { context, page, errors } = await browser.open();
    await breakableWrites(context);
    await bookmark(page, '/characters/trish-walker', 'Trish Walker');
    await page.goto('/characters/kilgrave');
    await expectHeading(page, 'Kilgrave');
    const toggle = page.getByRole('button', { name: 'Bookmark Kilgrave' });
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    await failWrites(page, true);

    await toggle.click();
    await page.getByText('Not bookmarked: this device’s storage is full.').waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    const menu = page.getByRole('combobox', { name: 'I have watched' });
    const before = await menu.inputValue();
    await menu.selectOption('all');
    await page.getByText('“Everything” was not saved (this device’s storage is full)').waitFor();
    expect(await menu.inputValue()).toBe(before);

    await page.getByRole('link', { name: 'Bookmarks', exact: true }).click();
    await expectHeading(page, 'Bookmarks');
    const note = page.getByRole('textbox', { name: 'Note on Trish Walker' });
    await note.fill('Patsy');
    await page.getByText('Not saved: this device’s storage is full.').waitFor();
    expect(await note.inputValue()).toBe('Patsy');
    await page.getByRole('button', { name: 'Remove Trish Walker' }).click();
    await page
      .getByText('Could not remove “characters:trish-walker”: this device’s storage is full. It is still saved.')
      .waitFor();

    await failWrites(page, false);
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    expect(await storedNote(page, 'characters:trish-walker')).toBe('Patsy');
    await page.reload();
    await expectHeading(page, 'Bookmarks');
    expect(await menu.inputValue()).toBe(before);
    expect(await rejections(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a note typed just before the tab reloads', async () => {
    const { context, page } = await browser.open();
    await bookmark(page, '/characters/kilgrave', 'Kilgrave');
    await page.goto('/bookmarks');
    await expectHeading(page, 'Bookmarks');
    await page.getByRole('textbox', { name: 'Note on Kilgrave' }).fill('Typed a moment before the reload');
    await page.reload();
    await expectHeading(page, 'Bookmarks');
    expect(await page.getByRole('textbox', { name: 'Note on Kilgrave' }).inputValue()).toBe(
      'Typed a moment before the reload',
    );
    await context.close();
  });

  it('follows a note saved in another tab, and shows both when the fan was typing', async () => {
    const { context, page: tabA } = await browser.open();
    await bookmark(tabA, '/characters/kilgrave', 'Kilgrave');
    await tabA.goto('/bookmarks');
    const tabB = await context.newPage();
    await tabB.goto('/bookmarks');
    await Promise.all([expectHeading(tabA, 'Bookmarks'), expectHeading(tabB, 'Bookmarks')]);
    const noteA = tabA.getByRole('textbox', { name: 'Note on Kilgrave' });
    const noteB = tabB.getByRole('textbox', { name: 'Note on Kilgrave' });
    await noteA.fill('Purple + typed in A');
    await tabA.getByText('Saved', { exact: true }).waitFor();
    await expect.poll(() => noteB.inputValue()).toBe('Purple + typed in A');

    // B keeps typing (a key every 150 ms, so its 400 ms wait never ends) while A's change is saved.
    await Promise.all([noteB.pressSequentially(' and B, still typing', { delay: 150 }), noteA.fill('Rewritten in A')]);
    await tabB.getByText('This note was changed somewhere else').waitFor();
    expect(await noteB.inputValue()).toBe('Purple + typed in A and B, still typing');
    await tabB.getByRole('button', { name: 'Keep both' }).click();
    await expect
      .poll(() => storedNote(tabA, 'characters:kilgrave'))
      .toBe('Purple + typed in A and B, still typing\n\nRewritten in A');
    await expect.poll(() => noteA.inputValue()).toBe('Purple + typed in A and B, still typing\n\nRewritten in A');
    await context.close();
  });

  it('reloads the corpus when site data is cleared under the open tab, and never stores an index of nothing', async () => {
    const { context, page } = await browser.open();
    await page.goto('/characters/jessica-jones');
    await expectHeading(page, 'Jessica Jones');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: baseUrl(), storageTypes: 'indexeddb' });
    await page.locator('main').getByRole('link', { name: 'Kilgrave' }).first().click();
    await expectHeading(page, 'Kilgrave');
    await page.getByRole('region', { name: 'Facts' }).getByRole('listitem').first().waitFor();

    await page.goto('/search?q=trauma');
    expect(await headingOf(page)).toContain('trauma');
    await page.locator('main').getByRole('link', { name: 'Trauma' }).first().waitFor();
    const indexKeys = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const request = indexedDB.open('jessica-jones-wiki');
          request.onsuccess = () => {
            const keys = request.result.transaction('searchIndex').objectStore('searchIndex').getAllKeys();
            keys.onsuccess = () => resolve(keys.result.map(String));
          };
        }),
    );
    expect(indexKeys).not.toContain('');
    await context.close();
  });
});
