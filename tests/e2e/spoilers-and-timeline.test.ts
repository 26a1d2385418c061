// The spoiler shield and the timeline in Chromium: asked once, set from the header, hiding Season 2 on pages and in
// search; timeline filters in the URL.
import { describe, expect, it } from 'vitest';
import { expectHeading, headingOf, useBrowser } from './session';

const seasonTwoFact = 'Season 2 goes deep into where Jessica got her powers';

describe('spoiler shield', () => {
  const browser = useBrowser();

  it('asks once on the first visit, and “Season 1” hides Season 2 on Jessica’s page and in search', async () => {
    const { context, page, errors } = await browser.open();
    // Whether the page showed the question at its first paint, before the app took it over.
    await page.addInitScript(() => {
      const observer = new PerformanceObserver((entries) => {
        if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        const question = document.querySelector('.spoiler-question');
        Object.assign(window, {
          askedAtFirstPaint: question !== null && getComputedStyle(question).display !== 'none',
        });
      });
      observer.observe({ type: 'paint', buffered: true });
    });
    const askedAtFirstPaint = async () => {
      await page.waitForFunction(() => 'askedAtFirstPaint' in window);
      return page.evaluate(() => (window as unknown as { askedAtFirstPaint: boolean }).askedAtFirstPaint);
    };
    await page.goto('/characters/jessica-jones');
    await headingOf(page);
    await page.getByText('How far have you watched?').waitFor();
    expect(await askedAtFirstPaint()).toBe(true);
    expect(await page.getByText(seasonTwoFact).count()).toBe(0);

    await page.getByRole('group', { name: 'I have watched' }).getByRole('button', { name: 'Season 1' }).click();
    // The question goes once the choice is stored (the write settles before the page shows it).
    await expect.poll(() => page.getByText('How far have you watched?').count()).toBe(0);
    await expect.poll(() => page.getByLabel('I have watched').inputValue()).toBe('1');
    const facts = page.getByRole('region', { name: 'Facts' });
    await facts.getByText('After Kilgrave, Jessica is known throughout New York City').waitFor();
    expect(await facts.getByText(seasonTwoFact).count()).toBe(0);
    expect(await facts.getByRole('button', { name: 'Spoiler for Season 2 — show' }).count()).toBe(3);

    await facts.getByRole('button', { name: 'Spoiler for Season 2 — show' }).first().click();
    await expect.poll(() => facts.getByRole('button', { name: 'Spoiler for Season 2 — show' }).count()).toBe(2);
    expect(await page.getByLabel('I have watched').inputValue()).toBe('1');

    await page.reload();
    await expectHeading(page, 'Jessica Jones');
    // The prerendered page holds the question (it holds no fan's data), but this device noted the answer: hidden
    // before the first paint, and gone once the app has read the fan's choice.
    expect(await askedAtFirstPaint()).toBe(false);
    await expect.poll(() => page.getByText('How far have you watched?').count()).toBe(0);
    expect(await page.getByText(seasonTwoFact).count()).toBe(0);

    await page.goto('/search?q=purple%20painting%20hospital');
    await page.locator('.search-summary').waitFor();
    expect(await page.getByText(/purple-hued painting/).count()).toBe(0);
    await page.getByLabel('I have watched').selectOption('all');
    await page
      .getByText(/purple-hued/)
      .first()
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('timeline', () => {
  const browser = useBrowser();

  it('keeps its filters in the URL, across a reload', async () => {
    const { context, page, errors } = await browser.open();
    await page.goto('/timeline');
    await expectHeading(page, 'Timeline');
    expect(await page.locator('main ol.event-list > li').count()).toBe(10);
    expect(await page.locator('main time[datetime="2017"]').allTextContents()).toEqual([
      'planned for 2017',
      'expected 2017',
    ]);

    await page.getByLabel('Series', { exact: true }).selectOption('luke-cage');
    await page.waitForURL(/series=luke-cage/);
    expect(await page.locator('main ol.event-list > li').count()).toBe(1);
    await page.getByLabel('Series', { exact: true }).selectOption('all');
    await page.getByRole('checkbox', { name: 'Article' }).uncheck();
    await page.waitForURL(/kinds=/);
    const filtered = await page.locator('main ol.event-list > li').count();
    expect(filtered).toBe(6);

    await page.reload();
    await expectHeading(page, 'Timeline');
    expect(await page.locator('main ol.event-list > li').count()).toBe(filtered);
    expect(await page.getByRole('checkbox', { name: 'Article' }).isChecked()).toBe(false);

    await page.getByRole('link', { name: 'The Defenders' }).first().click();
    await page.waitForURL('**/series/the-defenders');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('falls back to every event when the URL’s filters are malformed', async () => {
    const { context, page, errors } = await browser.open();
    await page.goto('/timeline?kinds=%5B%22nonsense%22%5D&series=%3Cscript%3E');
    await expectHeading(page, 'Timeline');
    expect(await page.locator('main ol.event-list > li').count()).toBe(10);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('relationship map', () => {
  const browser = useBrowser();

  it('draws every relationship on /characters and its nodes open the character pages', async () => {
    const { context, page, errors } = await browser.open();
    await page.goto('/characters');
    await expectHeading(page, 'Characters');
    const map = page.getByRole('group', { name: /^Map of \d+ characters and \d+ relationships/ });
    await map.waitFor();
    expect(await page.getByRole('list', { name: 'Relationships on the map' }).getByRole('listitem').count()).toBe(5);
    await map.getByRole('link', { name: 'Kilgrave', exact: true }).focus();
    expect(await page.locator('.relationship-map-edge.is-lit').count()).toBe(2);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/characters/kilgrave');
    await expectHeading(page, 'Kilgrave');
    const neighbourhood = page.getByRole('group', { name: /^Map of 3 characters and 2 relationships/ });
    await neighbourhood.getByRole('link', { name: 'Jessica Jones', exact: true }).click();
    await page.waitForURL('**/characters/jessica-jones');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['its layout', /\/assets\/(layout\.worker|layout-graph)/],
    ['its own code', /\/assets\/relationship-map-[^/]*\.js$/],
  ])(
    'keeps the page when the map cannot load %s (network gone before the app was cached), and offers a reload',
    async (_what, mapFiles) => {
      // No service worker: every file comes from the network, which refuses the map's files.
      const { context, page, errors } = await browser.open({ serviceWorkers: 'block' });
      await page.route(mapFiles, (route) => route.abort());
      await page.goto('/characters/trish-walker');
      await page.getByText('The map could not be loaded').waitFor();
      expect(await headingOf(page)).toBe('Trish Walker');
      expect(await page.getByRole('button', { name: 'Reload' }).count()).toBe(1);
      expect(await page.getByRole('combobox', { name: 'Search the wiki' }).count()).toBe(1);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
