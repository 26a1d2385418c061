// axe-core (WCAG 2.0–2.2 A and AA, and best practice) on every kind of page and on the wiki's states, in light and
// dark, on a desktop and a 360 px phone: no violations.
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, routeSamples } from './route-samples';
import { headingOf, useBrowser } from './session';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const shownNodes = 8;

/** One readable block per violation: rule, impact, what it asks, and each offending element with axe's reason. */
function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.helpUrl}`,
        ...violation.nodes
          .slice(0, shownNodes)
          .map((node) => `  ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
        ...(violation.nodes.length > shownNodes ? [`  … and ${violation.nodes.length - shownNodes} more`] : []),
      ].join('\n'),
    )
    .join('\n');
}

async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(describeViolations(violations)).toBe('');
}

const spoilerQuestion = (page: Page) => page.getByRole('group', { name: 'I have watched' });

/**
 * Answers the first visit's question, bookmarks Kilgrave and writes a note on him, so /bookmarks has something to show
 * (locator waits: it runs in beforeAll).
 */
async function prepareFan(page: Page) {
  await page.goto('/characters/kilgrave');
  await spoilerQuestion(page).getByRole('button', { name: 'Everything' }).click();
  await page.getByRole('button', { name: 'Bookmark Kilgrave', pressed: false }).click();
  await page.getByRole('button', { name: 'Bookmark Kilgrave', pressed: true }).waitFor();
  await page.goto('/bookmarks');
  await page.getByRole('textbox', { name: 'Note on Kilgrave' }).fill('Purple. Do not answer the door.');
  await page.getByText('Saved', { exact: true }).waitFor();
}

describe.each(['light', 'dark'] as const)('axe in the %s colour scheme', (colorScheme) => {
  const browser = useBrowser();
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await browser.open({ colorScheme }));
    await prepareFan(page);
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(routeSamples)('$name ($path)', async ({ path }) => {
    await openPage(page, path);
    await expectNoViolations(page);
  });

  it.each(['/characters/kilgrave/edit', '/characters/new'])('the editor %s', async (path) => {
    await openPage(page, path);
    await page.getByRole('button', { name: /^(Save|Create character)$/ }).waitFor();
    await expectNoViolations(page);
  });

  it('the editor with a refused save’s problems at their fields and a new source’s form open', async () => {
    await openPage(page, '/characters/new');
    await page.getByRole('button', { name: 'Add a fact' }).click();
    await page.getByRole('group', { name: 'Fact 1' }).getByRole('button', { name: 'Add a new source' }).click();
    await page.getByRole('button', { name: 'Create character' }).click();
    await page.getByRole('region', { name: /fields need a change/ }).waitFor();
    await expectNoViolations(page);
  });

  it('the header search with its suggestions open', async () => {
    await openPage(page, '/');
    const input = page.getByRole('combobox', { name: 'Search the wiki' });
    await input.fill('kil');
    const listbox = page.getByRole('listbox', { name: 'Suggestions' });
    await listbox
      .getByRole('option', { name: /Kilgrave/ })
      .first()
      .waitFor();
    await input.press('ArrowDown');
    await expect.poll(() => input.getAttribute('aria-activedescendant')).toBeTruthy();
    await expectNoViolations(page);
  });
});

describe.each(['light', 'dark'] as const)('axe on the first visit and the spoiler shield, %s', (colorScheme) => {
  const browser = useBrowser();

  // Three axe runs over Jessica's page, the wiki's longest: 24–28 s on a busy 2-core machine, too close to the default
  // 30 s.
  it('the first visit’s spoiler question, then items hidden at “Nothing yet”, then one revealed', async () => {
    const { context, page } = await browser.open({ colorScheme });
    await page.goto('/characters/jessica-jones');
    await headingOf(page);
    await spoilerQuestion(page).waitFor();
    await expectNoViolations(page);

    await spoilerQuestion(page).getByRole('button', { name: 'Nothing yet' }).click();
    const reveal = page.getByRole('button', { name: /^Spoiler for Season \d — show$/ });
    await reveal.first().waitFor();
    const hidden = await reveal.count();
    expect(hidden).toBeGreaterThan(1);
    await expectNoViolations(page);

    await reveal.first().click();
    await expect.poll(() => reveal.count()).toBe(hidden - 1);
    expect(await page.getByText(/^Spoiler · Season \d$/).count()).toBeGreaterThan(0);
    await expectNoViolations(page);
    await context.close();
  }, 90_000);
});

describe.each(['light', 'dark'] as const)('axe on a 360 px phone, %s', (colorScheme) => {
  const browser = useBrowser();
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await browser.open({
      colorScheme,
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
    }));
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(['/', '/characters/jessica-jones', '/timeline', '/search?q=trish', '/characters/kilgrave/edit'])(
    '%s with the phone header and navigation',
    async (path) => {
      await openPage(page, path);
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await expectNoViolations(page);
    },
  );
});
