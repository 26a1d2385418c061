// Chromium (the system package) through playwright-core, behind the cross-engine driver.
import { launchChromium } from '../browser';
import type { Engine } from './engine-driver';

export const chromiumEngine: Engine = {
  name: 'Chromium',
  async launch({ baseUrl, colorScheme = 'light' }) {
    const browser = await launchChromium();
    const context = await browser.newContext({ baseURL: baseUrl, colorScheme });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    return {
      goto: async (path) => void (await page.goto(path)),
      reload: async () => void (await page.reload()),
      click: (selector) => page.click(selector),
      fill: (selector, text) => page.fill(selector, text),
      pressEnter: (selector) => page.press(selector, 'Enter'),
      evaluate: (script) => page.evaluate(script),
      takeConsoleErrors: async () => errors.splice(0),
      screenshot: async (file) => void (await page.screenshot({ path: file })),
      close: () => browser.close(),
    };
  },
};
