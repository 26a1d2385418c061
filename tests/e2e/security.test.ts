// Hostile text stays text: a crafted URL, search query, imported file or typed bookmark note can neither run script nor
// make the page load anything from another origin.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { bookmark, expectHeading, headingOf, importBookmarkFile, useBrowser } from './session';

/**
 * Each piece would run script or fetch from evil.invalid if the app ever rendered text as markup or followed it as a
 * URL.
 */
const attack = [
  `<img src="https://evil.invalid/i.png" onerror="window.pwned='img'">`,
  `<script>window.pwned='script'</script>`,
  `"><svg onload="window.pwned='svg'">`,
  `<iframe src="https://evil.invalid/frame"></iframe>`,
  `<link rel="stylesheet" href="https://evil.invalid/x.css">`,
  `<a href="javascript:window.pwned='link'">x</a>`,
  `javascript:window.pwned='url'`,
].join(' ');

type Watch = { crossOrigin: string[]; dialogs: string[] };

/**
 * Records any request to another origin and any dialog; in the page, any CSP violation (a refused injection still
 * counts as a failure).
 */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { crossOrigin: [], dialogs: [] };
  const origin = new URL(inject('baseUrl')).origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) seen.crossOrigin.push(request.url());
  });
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return seen;
}

async function expectNothingRan(page: Page, seen: Watch) {
  const inPage = await page.evaluate(() => {
    const state = window as unknown as { pwned?: string; violations: string[] };
    return {
      pwned: state.pwned ?? null,
      violations: state.violations,
      injected: document.querySelectorAll(
        'main script, main iframe, main svg[onload], img[onerror], a[href^="javascript:"]',
      ).length,
    };
  });
  expect(inPage).toEqual({ pwned: null, violations: [], injected: 0 });
  expect(seen).toEqual({ crossOrigin: [], dialogs: [] });
}

describe('hostile input', () => {
  const browser = useBrowser();

  /** A fresh page, watched; `finish` asserts nothing ran, loaded or was reported (nor any page error) and closes it. */
  async function openWatched() {
    const { context, page, errors } = await browser.open();
    const seen = await watch(page);
    const finish = async () => {
      await expectNothingRan(page, seen);
      expect(errors).toEqual([]);
      await context.close();
    };
    return { page, finish };
  }

  it('ships a Content-Security-Policy that allows script from this origin only', () => {
    const html = readFileSync(join(inject('distA'), 'index.html'), 'utf8');
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = new Map(
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values]),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it.each([
    ['a character slug', `/characters/${encodeURIComponent(attack)}`],
    ['an unknown path', `/${encodeURIComponent(attack)}`],
    ['the search query', `/search?q=${encodeURIComponent(attack)}`],
    [
      'the timeline filters',
      `/timeline?series=${encodeURIComponent(attack)}&kinds=${encodeURIComponent(JSON.stringify([attack]))}`,
    ],
    ['the bookmarks sort', `/bookmarks?sort=${encodeURIComponent(attack)}&type=${encodeURIComponent(attack)}`],
    ['the fragment', `/characters/kilgrave#${encodeURIComponent(attack)}`],
  ])('renders a URL with markup in %s as text', async (_where, url) => {
    const { page, finish } = await openWatched();
    await page.goto(url);
    await headingOf(page);
    await page.waitForLoadState('networkidle');
    await finish();
  });

  it('shows a crafted search, typed into the header box, as text in suggestions and results', async () => {
    const { page, finish } = await openWatched();
    await page.goto('/');
    await headingOf(page);
    const box = page.getByRole('combobox', { name: 'Search the wiki' });
    await box.fill(`kilgrave ${attack}`.slice(0, 200));
    await box.press('Enter');
    await expect.poll(() => headingOf(page)).toMatch(/^Results for “kilgrave <img src=/);
    await page.waitForLoadState('networkidle');
    await finish();
  });

  it('keeps crafted text in every editor field as text, refuses a javascript: address, and shows the saved page as text', async () => {
    const { page, finish } = await openWatched();
    // Every field of a new page at once, with the problems a save reports.
    await page.goto('/characters/new');
    await headingOf(page);
    for (const button of ['Add a fact', 'Add a quote', 'Add an event', 'Add a relationship'])
      await page.getByRole('button', { name: button }).click();
    const fields = page.locator(
      'main form input[type=text], main form input:not([type]), main form input[type=url], main form textarea',
    );
    for (let index = 0; index < (await fields.count()); index += 1) await fields.nth(index).fill(attack);
    await page.getByRole('button', { name: /^Create/ }).click();
    await page.locator('.problem-summary').waitFor();
    // Leaving asks first (the crafted text waits in a draft).
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Leave' }).click();
    await expectHeading(page, 'Characters');

    // A saved page: a summary and a fact cited to a new source whose address is first a javascript: URL.
    await page.goto('/characters/kilgrave/edit');
    await headingOf(page);
    await page.getByRole('textbox', { name: 'Summary', exact: true }).fill(attack);
    await page.getByRole('button', { name: 'Add a fact' }).click();
    const fact = page.getByRole('group', { name: /^Fact \d+$/ }).last();
    await fact.getByRole('textbox', { name: 'Fact', exact: true }).fill(attack);
    await fact.getByRole('button', { name: 'Add a new source' }).click();
    const source = fact.getByRole('group', { name: 'New source' });
    await source.getByRole('textbox', { name: 'Source title' }).fill(attack);
    const address = source.getByRole('textbox', { name: 'Address (optional)' });
    await address.fill(`javascript:window.pwned='address'`);
    await source.getByRole('textbox', { name: 'Published', exact: true }).fill('2020');
    await source.getByRole('button', { name: 'Add source' }).click();
    await expect.poll(() => address.getAttribute('aria-invalid')).toBe('true');
    await address.fill('https://example.org/crafted');
    await source.getByRole('button', { name: 'Add source' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectHeading(page, 'Kilgrave');
    await expect
      .poll(async () => (await page.locator('main').textContent()) ?? '')
      .toContain(`<script>window.pwned='script'</script>`);
    await page.goto('/sources');
    await page.getByRole('link', { name: attack }).first().click();
    await expectHeading(page, attack);
    await finish();
  });

  it('keeps a crafted bookmark note as text through saving and reloading', async () => {
    const { page, finish } = await openWatched();
    await bookmark(page, '/characters/kilgrave', 'Kilgrave');
    await page.goto('/bookmarks');
    await expectHeading(page, 'Bookmarks');
    await page.getByRole('textbox', { name: 'Note on Kilgrave' }).fill(attack);
    await page.getByText('Saved', { exact: true }).waitFor();
    await page.reload();
    await expectHeading(page, 'Bookmarks');
    expect(await page.getByRole('textbox', { name: 'Note on Kilgrave' }).inputValue()).toBe(attack);
    await finish();
  });

  it('keeps an imported file’s crafted notes and titles as text, and refuses a crafted page reference', async () => {
    const { page, finish } = await openWatched();
    await page.goto('/bookmarks');
    await expectHeading(page, 'Bookmarks');
    const file = {
      format: 'jessica-jones-wiki-bookmarks',
      version: 1,
      exportedAt: attack,
      bookmarks: [
        { ref: 'characters:kilgrave', title: attack, addedAt: 1 },
        { ref: 'characters:no-longer-in-the-wiki', title: attack, addedAt: 2 },
      ],
      notes: [
        { ref: 'characters:kilgrave', text: attack, updatedAt: 1 },
        { ref: 'characters:no-longer-in-the-wiki', text: attack, updatedAt: 2 },
      ],
    };
    // A crafted page reference is refused as a whole file, naming the row.
    const craftedRef = {
      ...file,
      notes: [...file.notes, { ref: `characters:${attack}`.slice(0, 200), text: attack, updatedAt: 3 }],
    };
    await importBookmarkFile(page, JSON.stringify(craftedRef));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/note 3 .* is not a page reference.*Nothing was changed/);
    await importBookmarkFile(page, JSON.stringify(file));
    await page.getByText('Imported: 2 added, 0 updated.').waitFor();
    await expect.poll(() => page.locator('.bookmark-list .bookmark-title').allTextContents()).toContain(attack);
    expect(await page.getByRole('textbox', { name: 'Note on Kilgrave' }).inputValue()).toBe(attack);
    await page.reload();
    await expectHeading(page, 'Bookmarks');
    await page.getByRole('textbox', { name: 'Note on Kilgrave' }).waitFor();
    await finish();
  });
});
