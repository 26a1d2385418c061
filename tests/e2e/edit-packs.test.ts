// Edit packs in Chromium against the production build: a fan edits a page, exports the change from /edits as a file
// and as a link; a fresh browser profile imports the file (preview, apply) and shows the same page, with the import
// in the page's history; the link opens the same preview in another fresh profile.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHeading, useBrowser } from './session';

const fanSummary = 'A fan’s packed summary: Kilgrave controls minds with his voice, shared as an edit pack.';

const mainText = async (page: Page) => ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

describe('edit packs', () => {
  const browser = useBrowser();

  it('exports an edit and imports it into a fresh profile, by file and by link', async () => {
    const fan = await browser.open();
    const { page } = fan;
    await page.goto('/characters/kilgrave');
    await expectHeading(page, 'Kilgrave');
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('textbox', { name: 'Summary', exact: true }).fill(fanSummary);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/\/characters\/kilgrave$/);

    await page.goto('/bookmarks');
    await page.getByRole('link', { name: 'Your edits' }).click();
    await expectHeading(page, 'Your edits');
    await expect.poll(() => mainText(page)).toContain('Character kilgrave: applied');
    await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Kilgrave summary');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^jessica-jones-wiki-edits-kilgrave-summary-\d{4}-\d\d-\d\d\.json$/);
    const text = await readFile((await file.path())!, 'utf8');

    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.getByRole('textbox', { name: 'Link to these changes' }).inputValue();
    expect(link).toMatch(/\/import#p1\.[\w-]+$/);
    await fan.context.close();

    const fresh = await browser.open();
    await fresh.page.goto('/edits');
    await expectHeading(fresh.page, 'Your edits');
    await fresh.page
      .locator('input[type=file]')
      .setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const preview = fresh.page.getByRole('region', { name: 'Preview' });
    await expect.poll(() => preview.textContent()).toContain('Changes Character kilgrave: new');
    await preview.getByRole('button', { name: 'Apply 1 chosen change' }).click();
    await expect.poll(() => preview.textContent()).toContain('Applied 1 changes.');
    await fresh.page.goto('/characters/kilgrave');
    await expect.poll(() => mainText(fresh.page)).toContain(fanSummary);
    await fresh.page.getByRole('link', { name: 'History', exact: true }).click();
    await expect.poll(() => mainText(fresh.page)).toContain('Imported “Kilgrave summary”');
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();

    const friend = await browser.open();
    await friend.page.goto(link);
    await expectHeading(friend.page, 'Import shared edits');
    const linked = friend.page.getByRole('region', { name: 'Preview' });
    await expect.poll(() => linked.textContent()).toContain('Changes Character kilgrave: new');
    expect(friend.errors).toEqual([]);
    await friend.context.close();
  });
});
