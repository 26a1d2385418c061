// Fans write the wiki, in Chromium against the production build: a corrected summary and a fact cited to a new source
// show on the page (marked), in search and on the new source's page, survive a reload and going offline, show in a
// second tab without a reload, and the history diffs and reverts them; a new build that changes the same field is a
// conflict that keeps both versions until the fan keeps theirs.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildBMarker } from './global-setup';
import { expectHeading, headingOf, useBrowser, waitForServiceWorker } from './session';
import { startStaticServer, type StaticServer } from './static-server';

const fanSummary = 'A fan’s summary: Kilgrave controls minds with his voice, and this sentence is the fan’s own.';
const fanFact = 'A fan adds that Kilgrave’s zorblax habit is documented in an interview.';

/** The text of the page's main content, whitespace folded. */
const mainText = async (page: Page) => ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');

async function editKilgrave(page: Page) {
  await page.goto('/characters/kilgrave');
  await expectHeading(page, 'Kilgrave');
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  const summary = page.getByRole('textbox', { name: 'Summary', exact: true });
  await summary.fill(fanSummary);
  await page.getByRole('button', { name: 'Add a fact' }).click();
  const fact = page.getByRole('group', { name: /^Fact \d+$/ }).last();
  await fact.getByRole('textbox', { name: 'Fact', exact: true }).fill(fanFact);
  await fact.getByRole('button', { name: 'Add a new source' }).click();
  const source = fact.getByRole('group', { name: 'New source' });
  await source.getByRole('textbox', { name: 'Source title' }).fill('A fan’s interview source');
  await source.getByRole('textbox', { name: 'Address (optional)' }).fill('https://example.org/zorblax-interview');
  await source.getByRole('textbox', { name: 'Published', exact: true }).fill('2019-05');
  await source.getByRole('button', { name: 'Add source' }).click();
  await page.getByRole('textbox', { name: 'Edit summary (optional)' }).fill('Sharper summary, one more fact');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expectHeading(page, 'Kilgrave');
  await expect.poll(() => page.url()).toMatch(/\/characters\/kilgrave$/);
}

describe('a fan edits a page', () => {
  const browser = useBrowser();

  it('shows the edit everywhere, keeps it through reloads and offline, and the history diffs and reverts it', async () => {
    const { context, page, errors } = await browser.open();
    await page.goto('/');
    await headingOf(page);
    await waitForServiceWorker(page);
    const second = await context.newPage();
    await second.goto('/characters/kilgrave');
    await expectHeading(second, 'Kilgrave');

    await editKilgrave(page);
    await expect.poll(() => mainText(page)).toContain(fanSummary);
    await expect.poll(() => mainText(page)).toContain(fanFact);
    expect(await page.locator('main .edit-mark').count()).toBeGreaterThanOrEqual(2);
    // The other tab shows it without a reload.
    await expect.poll(() => mainText(second)).toContain(fanSummary);

    // Search finds the new fact; the new source has its own page, listing what cites it.
    await page.goto(`/search?q=${encodeURIComponent('zorblax habit')}`);
    await expect.poll(() => mainText(page)).toContain('zorblax habit');
    await page.goto('/sources');
    await page.getByRole('link', { name: 'A fan’s interview source' }).click();
    await expectHeading(page, 'A fan’s interview source');
    await expect.poll(() => mainText(page)).toContain('Added by you');
    const link = page.locator('main a[href="https://example.org/zorblax-interview"]');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow ugc');

    // A reload, then offline: still the fan's.
    await page.goto('/characters/kilgrave');
    await page.reload();
    await expect.poll(() => mainText(page)).toContain(fanSummary);
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => mainText(page)).toContain(fanFact);
    await context.setOffline(false);

    // The history: the published version and the save, a word diff between them, and a revert.
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await expect.poll(() => mainText(page)).toContain('Sharper summary, one more fact');
    // The diff's code loads after the page.
    await expect.poll(() => page.locator('main ins').count()).toBeGreaterThan(0);
    expect(await page.locator('main del').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Revert to #1' }).click();
    await expect.poll(() => mainText(page)).toContain('Reverted to #1');
    await page.goto('/characters/kilgrave');
    await expectHeading(page, 'Kilgrave');
    await expect.poll(() => mainText(page)).not.toContain(fanSummary);
    expect(await mainText(page)).not.toContain(fanFact);
    await page.goto('/characters/kilgrave/history');
    await expect.poll(() => page.getByRole('button', { name: /^Revert to #\d+$/ }).count()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('a new build changes what a fan edited', () => {
  const browser = useBrowser();
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(inject('distA'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('shows a conflict, keeps both versions, and keeps the fan’s when asked', async () => {
    const { page, errors } = await browser.open({ baseURL: server.url });
    await page.goto('/characters/trish-walker');
    await expectHeading(page, 'Trish Walker');
    await waitForServiceWorker(page);
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    const mine = 'Trish Walker, in the fan’s own words for this test.';
    await page.getByRole('textbox', { name: 'Summary', exact: true }).fill(mine);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => mainText(page)).toContain(mine);

    server.deploy(inject('distB'));
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await page.getByText('A new version of the wiki is available.').waitFor();
    await page.getByRole('button', { name: 'Reload' }).click();
    await expectHeading(page, 'Trish Walker');
    // The fan's version stays on the page, with the notice; the history holds both.
    await page.getByText('The published version changed what you edited.').waitFor();
    expect(await mainText(page)).toContain(mine);
    await page.getByRole('link', { name: 'Settle it in the page’s history' }).click();
    await expect.poll(() => mainText(page)).toContain(buildBMarker);
    expect(await mainText(page)).toContain(mine);
    await page.getByRole('button', { name: 'Keep mine' }).first().click();
    // Settled: the choice leaves the history before the fan goes back.
    await expect.poll(() => page.getByRole('button', { name: 'Keep mine' }).count()).toBe(0);
    await page.goto('/characters/trish-walker');
    await expect.poll(() => mainText(page)).toContain(mine);
    await expect.poll(() => page.getByText('The published version changed what you edited.').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
