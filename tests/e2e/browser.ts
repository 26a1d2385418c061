// Launches the system Chromium through playwright-core (never a downloaded browser), failing with install instructions
// when it is missing.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function assertChromiumInstalled(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}. The browser tests drive the system Chromium: install it with ` +
        '"sudo apt-get update && sudo apt-get install -y chromium", or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
}

export function launchChromium(): Promise<Browser> {
  assertChromiumInstalled();
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/**
 * A browser with a real (non-incognito) profile in a fresh folder, for what Chromium only allows there
 * (installability).
 */
export function launchPersistentChromium(userDataDir: string, baseURL: string): Promise<BrowserContext> {
  assertChromiumInstalled();
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    baseURL,
  });
}
