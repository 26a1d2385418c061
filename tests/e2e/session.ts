// One browser per test file and a fresh context (empty storage) per test, with page errors collected so a test can
// assert there were none.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from './browser';

export const baseUrl = () => inject('baseUrl');

export function useBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(
      options: BrowserContextOptions = {},
    ): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
      const context = await browser.newContext({ baseURL: baseUrl(), ...options });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      return { context, page, errors };
    },
  };
}

/** Waits until the page's h1 reads `text` (a navigation may change the URL before the new page renders). */
export async function expectHeading(page: Page, text: string): Promise<void> {
  await expect.poll(() => headingOf(page)).toBe(text);
}

/** Waits for the page's h1 and for the app to run it, and returns its text. */
export async function headingOf(page: Page): Promise<string> {
  const heading = page.locator('h1');
  await heading.first().waitFor();
  await waitForApp(page);
  return (await heading.first().textContent()) ?? '';
}

/**
 * Waits until the app runs the page: React has attached itself to its h1. A prerendered page shows its h1 before, but
 * its buttons do nothing until the app has taken it over.
 */
export const waitForApp = (page: Page) =>
  page.waitForFunction(() => {
    const heading = document.querySelector('h1');
    return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber$'));
  });

/** Waits until the service worker has precached everything and controls the page. */
export const waitForServiceWorker = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });

/** Opens a page and bookmarks it with its header toggle, waiting until the toggle says so. */
export async function bookmark(page: Page, path: string, name: string): Promise<void> {
  await page.goto(path);
  await expectHeading(page, name);
  const toggle = page.getByRole('button', { name: `Bookmark ${name}` });
  await expect.poll(() => toggle.isEnabled()).toBe(true);
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
}

/** Picks `text` as the bookmarks file to import on /bookmarks. */
export async function importBookmarkFile(page: Page, text: string): Promise<void> {
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'bookmarks.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}
