// Backups in a real browser: a crafted file is refused and /bookmarks keeps working, a backup restores everything
// in a fresh profile, a big import shows its progress, an import whose writes fail says so and keeps what was there,
// and the reminder shows after many unsaved changes until a backup is exported.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bookmark, expectHeading, importBookmarkFile, useBrowser } from './session';

const listedTitles = (page: Page) => page.locator('.bookmark-list .bookmark-title').allTextContents();
const importStatus = (page: Page) =>
  page.locator('.backup-controls [role=status], .backup-controls [role=alert]').textContent();

async function openBookmarks(page: Page): Promise<void> {
  await page.goto('/bookmarks?sort=title');
  await expectHeading(page, 'Bookmarks');
}

const bookmarksFile = (count: number, addedAt = (i: number) => 1_700_000_000_000 + i) => ({
  format: 'jessica-jones-wiki-bookmarks',
  version: 1,
  exportedAt: '2026-01-01T00:00:00.000Z',
  bookmarks: Array.from({ length: count }, (_, i) => ({
    ref: `topics:imported-${i}`,
    title: `Imported ${i}`,
    addedAt: addedAt(i),
  })),
  notes: Array.from({ length: count }, (_, i) => ({
    ref: `topics:imported-${i}`,
    text: `Note ${i}`,
    updatedAt: addedAt(i),
  })),
});

describe('backups', () => {
  const browser = useBrowser();

  it('refuses a file whose date no Date can hold, naming it, and /bookmarks keeps working', async () => {
    const { context, page, errors } = await browser.open();
    await bookmark(page, '/characters/kilgrave', 'Kilgrave');
    await openBookmarks(page);
    await importBookmarkFile(page, JSON.stringify(bookmarksFile(1, () => 9_000_000_000_000_000)));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(
        'This file can’t be imported: bookmark 1 ("topics:imported-0"): addedAt 9000000000000000 is later than the last day a date can hold (in the year 275760) (2 problems in all). Nothing was changed.',
      );
    await page.reload();
    await expectHeading(page, 'Bookmarks');
    expect(await listedTitles(page)).toEqual(['Kilgrave']);
    expect(await page.getByRole('button', { name: 'Export backup' }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('restores bookmarks, notes, recently viewed pages and the spoiler setting in a fresh profile', async () => {
    const first = await browser.open();
    await bookmark(first.page, '/characters/kilgrave', 'Kilgrave');
    await bookmark(first.page, '/people/david-tennant', 'David Tennant');
    await first.page.getByRole('combobox', { name: 'I have watched' }).selectOption('all');
    await openBookmarks(first.page);
    await first.page.getByRole('textbox', { name: 'Note on Kilgrave' }).fill('Purple');
    await first.page.getByText('Saved', { exact: true }).waitFor();
    const download = first.page.waitForEvent('download');
    await first.page.getByRole('button', { name: 'Export backup' }).click();
    const { readFile } = await import('node:fs/promises');
    const text = await readFile((await (await download).path())!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ version: 2, settings: [{ key: 'spoiler-level', value: 'all' }] });
    await first.context.close();

    const fresh = await browser.open();
    await openBookmarks(fresh.page);
    expect(await fresh.page.getByRole('combobox', { name: 'I have watched' }).inputValue()).not.toBe('all');
    await importBookmarkFile(fresh.page, text);
    await fresh.page.getByText('Imported: 2 added, 0 updated. Recently viewed pages and settings restored.').waitFor();
    await expect.poll(() => listedTitles(fresh.page)).toEqual(['David Tennant', 'Kilgrave']);
    expect(await fresh.page.getByRole('textbox', { name: 'Note on Kilgrave' }).inputValue()).toBe('Purple');
    const recent = fresh.page.getByRole('region', { name: 'Recently viewed' });
    await expect.poll(() => recent.getByRole('link').allTextContents()).toEqual(['David Tennant', 'Kilgrave']);
    await expect.poll(() => fresh.page.getByRole('combobox', { name: 'I have watched' }).inputValue()).toBe('all');
    await fresh.page.reload();
    await expectHeading(fresh.page, 'Bookmarks');
    expect(await fresh.page.getByRole('combobox', { name: 'I have watched' }).inputValue()).toBe('all');
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it('says an import whose writes fail could not be saved, and keeps what was there', async () => {
    // The service worker is kept out so that the import worker's script comes from the network, where the test adds to
    // it.
    const { context, page, errors } = await browser.open({ serviceWorkers: 'block' });
    await bookmark(page, '/characters/kilgrave', 'Kilgrave');
    await openBookmarks(page);
    // From now on IndexedDB writes fail as they do when the browser's storage is full: in the page, and in the import
    // worker (which writes the file) by prepending the same replacement to the worker's script.
    const fillStorage = `{
      const full = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
      IDBObjectStore.prototype.put = full;
      IDBObjectStore.prototype.add = full;
    }`;
    await context.route(/import-backup\.worker-[\w-]+\.js$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${fillStorage}\n${await response.text()}` });
    });
    await page.evaluate(fillStorage);
    await importBookmarkFile(page, JSON.stringify(bookmarksFile(3_000)));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(
        'The file is fine, but it could not be saved: the browser’s storage for this site is full. Nothing was changed.',
      );
    expect(await listedTitles(page)).toEqual(['Kilgrave']);
    await page.reload();
    await expectHeading(page, 'Bookmarks');
    expect(await listedTitles(page)).toEqual(['Kilgrave']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a big import’s progress, then reminds the fan to save a backup until they do', async () => {
    const { context, page, errors } = await browser.open();
    await openBookmarks(page);
    expect(await page.locator('.backup-reminder').count()).toBe(0);
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { importTexts: seen });
      new MutationObserver(() =>
        seen.push(document.querySelector('.backup-controls [role=status]')?.textContent ?? ''),
      ).observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    await importBookmarkFile(page, JSON.stringify(bookmarksFile(10_000)));
    await expect.poll(() => importStatus(page), { timeout: 60_000 }).toBe('Imported: 10,000 added, 0 updated.');
    const texts = await page.evaluate(() => (window as unknown as { importTexts: string[] }).importTexts);
    expect(texts).toContain('Importing… 2,000 of 10,000');
    expect(texts).toContain('Importing… 10,000 of 10,000');

    const reminder = page.locator('.backup-reminder');
    await expect.poll(() => reminder.textContent()).toMatch(/20,000 bookmarks and notes exist only in this browser/);
    await reminder.getByRole('button', { name: 'Export backup' }).click();
    // Writing 20,000 rows to the file takes as long as importing them did, on a busy machine well over the usual wait.
    await expect.poll(() => reminder.count(), { timeout: 60_000 }).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
