// Following links like a fan: home → characters → Kilgrave → David Tennant → a source, then back and forward; focus
// follows to each new page, and the skip link jumps the header.
import { describe, expect, it } from 'vitest';
import { expectHeading, headingOf, useBrowser } from './session';

describe('navigation', () => {
  const browser = useBrowser();

  it('follows links between pages, and back and forward return to them', async () => {
    const { context, page, errors } = await browser.open();
    await page.goto('/');
    await expectHeading(page, 'Jessica Jones');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Characters' }).click();
    await page.waitForURL('**/characters');
    await expectHeading(page, 'Characters');

    await page.getByRole('list', { name: 'Characters' }).getByRole('link', { name: 'Kilgrave', exact: true }).click();
    await page.waitForURL('**/characters/kilgrave');
    await expectHeading(page, 'Kilgrave');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page.getByRole('complementary').getByRole('link', { name: 'David Tennant' }).click();
    await page.waitForURL('**/people/david-tennant');
    await expectHeading(page, 'David Tennant');

    await page
      .getByRole('link', { name: /^Source 1: / })
      .first()
      .click();
    await page.waitForURL('**/sources/000_df78bb7452626764');
    await expectHeading(page, "It's not easy being Jessica Jones: four ways the series handles trauma");

    await page.goBack();
    await page.waitForURL('**/people/david-tennant');
    await expectHeading(page, 'David Tennant');
    await page.goBack();
    await page.waitForURL('**/characters/kilgrave');
    await expect.poll(() => page.title()).toBe('Kilgrave — Jessica Jones Wiki');
    await page.goForward();
    await page.waitForURL('**/people/david-tennant');
    await expectHeading(page, 'David Tennant');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('links a season page to its cast and the cast back to the season', async () => {
    const { context, page } = await browser.open();
    await page.goto('/seasons/2');
    await page.getByRole('region', { name: 'Cast' }).getByRole('link', { name: 'Jeri Hogarth' }).click();
    await page.waitForURL('**/characters/jeri-hogarth');
    await page.getByRole('complementary').getByRole('link', { name: 'Season 2', exact: true }).click();
    await page.waitForURL('**/seasons/2');
    // The router changes the URL as it starts loading the page: the season's own heading says it is shown.
    await expectHeading(page, 'Season 2');
    expect(await page.getByRole('complementary').getByRole('definition').allTextContents()).toContain('13[4]');
    await context.close();
  });

  it('can be used with the keyboard alone: the skip link shows on the first Tab and takes the focus past the header into main', async () => {
    const { context, page } = await browser.open();
    await page.goto('/characters/trish-walker');
    await headingOf(page);
    const skipLink = page.getByRole('link', { name: 'Skip to content' });
    expect(await skipLink.evaluate((link) => link.getBoundingClientRect().bottom)).toBeLessThanOrEqual(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(await skipLink.evaluate((link) => link.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    expect(await skipLink.getAttribute('href')).toBe('#main');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.id])).toEqual([
      'MAIN',
      'main',
    ]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
    await context.close();
  });
});
