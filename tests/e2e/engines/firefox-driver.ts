// Firefox ESR (the system package) through puppeteer-core over WebDriver BiDi, behind the cross-engine driver;
// puppeteer makes a fresh temporary profile.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import type { Engine } from './engine-driver';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function assertFirefoxInstalled(): void {
  if (!existsSync(firefoxPath)) {
    throw new Error(
      `Firefox was not found at ${firefoxPath}. The browser tests drive the system Firefox ESR: install it with ` +
        '"sudo apt-get update && sudo apt-get install -y firefox-esr", or set FIREFOX_PATH to a Firefox binary.',
    );
  }
}

export const firefoxEngine: Engine = {
  name: 'Firefox',
  async launch({ baseUrl, colorScheme = 'light' }) {
    assertFirefoxInstalled();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: firefoxPath,
      headless: true,
      extraPrefsFirefox: { 'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0 },
    });
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.setViewport({ width: 1280, height: 900 });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    return {
      goto: async (path) => void (await page.goto(new URL(path, baseUrl).href)),
      reload: async () => void (await page.reload()),
      click: (selector) => page.locator(selector).click(),
      fill: (selector, text) => page.locator(selector).fill(text),
      pressEnter: async (selector) => {
        await page.focus(selector);
        await page.keyboard.press('Enter');
      },
      evaluate: (script) => page.evaluate(script),
      takeConsoleErrors: async () => errors.splice(0),
      screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
      close: () => browser.close(),
    };
  },
};
