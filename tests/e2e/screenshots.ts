// Takes screenshots of the production build at phone and desktop widths, light and dark, into tests/e2e/screenshots/
// (run: npm run screenshots).
import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser';
import { startStaticServer } from './static-server';

const pages = (
  process.argv[2] ??
  '/,/characters,/characters/jessica-jones,/people/melissa-rosenberg,/seasons/2,/topics/ptsd,/sources/001_c1edaf6acbf15086,/characters/nobody'
).split(',');
const viewports = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'desktop', width: 1280, height: 900 },
];
const outDir = 'tests/e2e/screenshots';

mkdirSync(outDir, { recursive: true });
const server = await startStaticServer('dist');
const browser = await launchChromium();
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of viewports) {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(server.url + path);
        await page.locator('h1').first().waitFor();
        const file = `${outDir}/${viewport.name}-${colorScheme}${path.replace(/\//g, '_') || '_home'}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
