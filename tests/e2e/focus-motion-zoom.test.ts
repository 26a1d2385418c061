// What axe cannot check, in Chromium: a visible focus indicator on everything the keyboard reaches, no motion when the
// fan asks for less, and every kind of page usable at 200 % zoom and on a 360 px phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, routeSamples } from './route-samples';
import { useBrowser } from './session';

/**
 * Tabs through the page from the top until the focus comes round again (at most `limit` stops) and returns each stop
 * without a visible focus indicator.
 */
async function stopsWithoutFocusIndicator(page: Page, limit: number): Promise<string[]> {
  const missing: string[] = [];
  let stops = 0;
  for (; stops < limit; stops += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      const tabbed = window as unknown as { tabbed?: WeakSet<Element> };
      tabbed.tabbed ??= new WeakSet();
      if (!element || element === document.body || tabbed.tabbed.has(element)) return null;
      tabbed.tabbed.add(element);
      // An outline of 2 px or more on the element or on its ::after (cards draw it round the whole card), or the ring
      // round a map node.
      const ring = element.querySelector('.relationship-map-node-ring');
      const indicated =
        [getComputedStyle(element), getComputedStyle(element, '::after')].some(
          (style) => style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        ) ||
        (ring !== null && getComputedStyle(ring).stroke !== 'none');
      const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
      return {
        name: `${element.tagName.toLowerCase()} “${label}”`,
        visible: indicated && element.matches(':focus-visible'),
      };
    });
    if (!focused) break;
    if (!focused.visible) missing.push(focused.name);
  }
  expect(stops).toBeGreaterThan(10);
  return missing;
}

describe('focus indicator', () => {
  const browser = useBrowser();

  it.each(['/', '/characters/jessica-jones', '/timeline', '/search?q=kilgrave', '/bookmarks'])(
    'every stop on %s shows where the focus is',
    async (path) => {
      const { context, page } = await browser.open();
      await openPage(page, path);
      expect(await stopsWithoutFocusIndicator(page, 150)).toEqual([]);
      await context.close();
    },
  );
});

/** Every element that would move: a transition or an animation that takes time, or smooth scrolling. */
const movingElements = (page: Page) =>
  page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('body *')].flatMap((element) => {
      const style = getComputedStyle(element);
      const takesTime = (durations: string) => durations.split(',').some((duration) => parseFloat(duration) > 0);
      const moves =
        takesTime(style.transitionDuration) ||
        (style.animationName !== 'none' && takesTime(style.animationDuration)) ||
        style.scrollBehavior === 'smooth';
      return moves ? [`${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`] : [];
    }),
  );

/** Home (its cards move on hover) and a character page once its relationship map (whose lines fade) is drawn. */
async function openMovingPage(page: Page, path: string) {
  await openPage(page, path);
  if (path.startsWith('/characters/')) await page.getByRole('group', { name: /^Map of / }).waitFor();
}

describe('prefers-reduced-motion', () => {
  const browser = useBrowser();

  it.each(['/', '/characters/jessica-jones'])(
    '%s has no transitions, animations or smooth scrolling when the fan asks for less motion',
    async (path) => {
      const moving = await browser.open({ reducedMotion: 'no-preference' });
      await openMovingPage(moving.page, path);
      expect(await movingElements(moving.page)).not.toEqual([]);
      await moving.context.close();

      const { context, page } = await browser.open({ reducedMotion: 'reduce' });
      await openMovingPage(page, path);
      expect(await movingElements(page)).toEqual([]);
      await context.close();
    },
  );
});

/**
 * Tabs from the top through the header's controls in order (skip link, home link, spoiler level, search box, every
 * section link) and returns those not fully in view once focused.
 */
async function headerControlsOutOfView(page: Page): Promise<string[]> {
  const controls = [
    page.getByRole('link', { name: 'Skip to content' }),
    page.getByRole('link', { name: 'Jessica Jones Wiki, home' }),
    page.getByRole('combobox', { name: 'I have watched' }),
    page.getByRole('combobox', { name: 'Search the wiki' }),
    ...(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()),
  ];
  expect(controls.length).toBe(12);
  const outOfView: string[] = [];
  await page.locator('body').focus();
  for (const control of controls) {
    await page.keyboard.press('Tab');
    const inView = await control.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return (
        element === document.activeElement &&
        rect.left >= 0 &&
        rect.top >= 0 &&
        rect.right <= window.innerWidth &&
        rect.bottom <= window.innerHeight
      );
    });
    if (!inView) outOfView.push((await control.getAttribute('aria-label')) ?? (await control.textContent()) ?? '');
  }
  return outOfView;
}

const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe.each([
  { name: '200 % zoom (a 1280 × 800 window)', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  { name: 'a 360 px phone', viewport: { width: 360, height: 780 }, deviceScaleFactor: 3 },
])('at $name', ({ viewport, deviceScaleFactor }) => {
  const browser = useBrowser();

  it('no kind of page scrolls sideways', async () => {
    const { context, page } = await browser.open({ viewport, deviceScaleFactor });
    const overflowing: string[] = [];
    for (const { path } of routeSamples) {
      await openPage(page, path);
      if (await overflowsSideways(page)) overflowing.push(path);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });

  it('every header control comes fully into view when tabbed to, and the suggestions fit the screen', async () => {
    const { context, page } = await browser.open({ viewport, deviceScaleFactor });
    await openPage(page, '/characters/jessica-jones');
    expect(await headerControlsOutOfView(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Search the wiki' }).fill('jessica');
    const listbox = page.getByRole('listbox', { name: 'Suggestions' });
    await listbox.getByRole('option').nth(1).waitFor();
    const box = await listbox.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
    expect(await overflowsSideways(page)).toBe(false);
    await context.close();
  });
});
