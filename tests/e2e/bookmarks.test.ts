// Bookmarks in a real browser: kept across reloads and offline with their notes, seen by a second tab, safe against
// broken imports, and restored from an export.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bookmark, expectHeading, headingOf, importBookmarkFile, useBrowser, waitForServiceWorker } from './session';

const listedTitles = (page: Page) => page.locator('.bookmark-list .bookmark-title').allTextContents();

describe('bookmarks', () => {
  const browser = useBrowser();

  it('keeps a bookmark and its note across a reload and with the network gone', async () => {
    const { context, page, errors } = await browser.open();
    await page.goto('/');
    await headingOf(page);
    await waitForServiceWorker(page);
    await bookmark(page, '/characters/kilgrave', 'Kilgrave');
    await page.reload();
    await expectHeading(page, 'Kilgrave');
    await expect
      .poll(() => page.getByRole('button', { name: 'Bookmark Kilgrave' }).getAttribute('aria-pressed'))
      .toBe('true');

    await page.getByRole('link', { name: 'Bookmarks', exact: true }).click();
    await expectHeading(page, 'Bookmarks');
    await page.getByRole('textbox', { name: 'Note on Kilgrave' }).fill('Purple. Do not answer the door.');
    await page.getByText('Saved', { exact: true }).waitFor();
    expect(await page.locator('.bookmark-item time').getAttribute('dateTime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await context.setOffline(true);
    await page.goto('/bookmarks');
    await expectHeading(page, 'Bookmarks');
    expect(await listedTitles(page)).toEqual(['Kilgrave']);
    expect(await page.getByRole('textbox', { name: 'Note on Kilgrave' }).inputValue()).toBe(
      'Purple. Do not answer the door.',
    );
    expect(
      await page.getByRole('region', { name: 'Recently viewed' }).getByRole('link', { name: 'Kilgrave' }).count(),
    ).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a bookmark made in another tab without a reload, and removes with Undo', async () => {
    const { context, page } = await browser.open();
    await page.goto('/bookmarks');
    await expectHeading(page, 'Bookmarks');
    await page.getByText('No bookmarks yet').waitFor();
    const other = await context.newPage();
    await bookmark(other, '/characters/trish-walker', 'Trish Walker');
    await expect.poll(() => listedTitles(page)).toEqual(['Trish Walker']);

    await page.getByRole('button', { name: 'Remove Trish Walker' }).click();
    await expect.poll(() => listedTitles(page)).toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => listedTitles(page)).toEqual(['Trish Walker']);
    await context.close();
  });

  it('refuses a broken file with a message and keeps the list; an export restores everything in a fresh browser', async () => {
    const first = await browser.open();
    await bookmark(first.page, '/characters/kilgrave', 'Kilgrave');
    await bookmark(first.page, '/people/david-tennant', 'David Tennant');
    await first.page.goto('/bookmarks?sort=title');
    await expectHeading(first.page, 'Bookmarks');
    await first.page.getByRole('textbox', { name: 'Note on Kilgrave' }).fill('Purple');
    await first.page.getByText('Saved', { exact: true }).waitFor();

    await importBookmarkFile(first.page, '{"format":"jessica-jones-wiki-bookmarks","version":1,"bookm');
    expect(await first.page.getByRole('alert').textContent()).toMatch(/isn’t valid JSON.*Nothing was changed/);
    expect(await listedTitles(first.page)).toEqual(['David Tennant', 'Kilgrave']);

    const download = first.page.waitForEvent('download');
    await first.page.getByRole('button', { name: 'Export backup' }).click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'jessica-jones-wiki-bookmarks', version: 2 });
    await first.context.close();

    const fresh = await browser.open();
    await fresh.page.goto('/bookmarks?sort=title');
    await expectHeading(fresh.page, 'Bookmarks');
    await importBookmarkFile(fresh.page, text);
    await fresh.page.getByText('Imported: 2 added, 0 updated.').waitFor();
    await expect.poll(() => listedTitles(fresh.page)).toEqual(['David Tennant', 'Kilgrave']);
    expect(await fresh.page.getByRole('textbox', { name: 'Note on Kilgrave' }).inputValue()).toBe('Purple');
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });
});
