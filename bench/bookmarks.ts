// Benchmarks bookmarks at scale in Chromium against the production build: importing a file of N bookmarks with notes
// (total time, longest main-thread task, tasks over 200 ms), then, with N stored, a bookmark toggle's click until
// aria-pressed flips and the longest task meanwhile in a second open tab (/bookmarks). Run: npm run bench:bookmarks
// (BENCH_SIZES=1000,200000 by default; the first size is the baseline the ratios divide by)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../tests/e2e/browser';
import { startStaticServer } from '../tests/e2e/static-server';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '1000,200000').split(',').map(Number);
const toggles = Number(process.env.BENCH_TOGGLES ?? 6);
/** The page whose header toggle is clicked, and the second tab's page. */
const togglePage = { path: '/characters/kilgrave', name: 'Kilgrave' };
const secondTabPath = '/bookmarks';

type Probe = {
  longTasks: { start: number; duration: number }[];
  changeAt?: number;
  importedAt?: number;
  status: string[];
};
type Figures = Record<string, number>;

/**
 * Runs in each page before its scripts: every long task, when a file is picked, and when the import reports its result.
 */
function installProbe() {
  const probe: Probe = { longTasks: [], status: [] };
  Object.assign(window, { benchProbe: probe });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', () => (probe.changeAt = performance.now()), true);
  new MutationObserver(() => {
    const text =
      document.querySelector('.backup-controls [role=status], .backup-controls [role=alert]')?.textContent ?? '';
    if (text && probe.status[probe.status.length - 1] !== text) probe.status.push(text);
    if (probe.importedAt === undefined && /^Imported|could not/.test(text)) probe.importedAt = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { benchProbe: Probe }).benchProbe);
const clearLongTasks = (page: Page) =>
  page.evaluate(() => void ((window as unknown as { benchProbe: Probe }).benchProbe.longTasks.length = 0));
const longest = (tasks: { duration: number }[]) => Math.max(0, ...tasks.map((task) => task.duration));

function bookmarksFile(count: number): string {
  const base = Date.UTC(2026, 0, 1);
  const bookmarks = Array.from({ length: count }, (_, i) => ({
    ref: `topics:bench-topic-${i}`,
    title: `Bench topic ${i}`,
    addedAt: base + i,
  }));
  const notes = Array.from({ length: count }, (_, i) => ({
    ref: `topics:bench-topic-${i}`,
    text: `Note ${i}: watched again, the purple scenes still land; check the citation on the second episode.`,
    updatedAt: base + i,
  }));
  return JSON.stringify({
    format: 'jessica-jones-wiki-bookmarks',
    version: 1,
    exportedAt: new Date(base).toISOString(),
    bookmarks,
    notes,
  });
}

async function openPage(browserPage: Page, path: string, heading: string): Promise<void> {
  await browserPage.addInitScript(installProbe);
  await browserPage.goto(path);
  await browserPage.waitForFunction((text) => document.querySelector('h1')?.textContent === text, heading, {
    timeout: 120_000,
  });
}

/** Clicks the header toggle and returns ms from the click event to aria-pressed flipping, both seen in the page. */
async function timeToggle(page: Page): Promise<number> {
  const label = `Bookmark ${togglePage.name}`;
  await page.waitForFunction(
    (name) => document.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)?.disabled === false,
    label,
  );
  const timing = page.evaluate(
    (name) =>
      new Promise<number>((resolve) => {
        const button = document.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;
        const before = button.getAttribute('aria-pressed');
        let clickedAt = NaN;
        button.addEventListener('click', () => (clickedAt = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (button.getAttribute('aria-pressed') === before) return;
          observer.disconnect();
          resolve(performance.now() - clickedAt);
        });
        observer.observe(button, { attributes: true, attributeFilter: ['aria-pressed'] });
      }),
    label,
  );
  await page.locator(`button[aria-label="${label}"]`).click();
  return timing;
}

async function measure(browser: Browser, baseURL: string, filePath: string): Promise<Figures> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const figures: Figures = {};
  try {
    const importer = await context.newPage();
    await openPage(importer, '/bookmarks', 'Bookmarks');
    await importer.locator('input[type=file]').setInputFiles(filePath);
    await importer.waitForFunction(
      () => (window as unknown as { benchProbe: Probe }).benchProbe.importedAt !== undefined,
      undefined,
      { timeout: 600_000 },
    );
    const imported = await readProbe(importer);
    const result = imported.status[imported.status.length - 1] ?? '';
    if (!result.startsWith('Imported')) throw new Error(`The import failed: ${result}`);
    const during = imported.longTasks.filter((task) => task.start >= (imported.changeAt ?? 0));
    figures['import: file picked → result shown, ms'] = (imported.importedAt ?? NaN) - (imported.changeAt ?? NaN);
    figures['import: longest main-thread task ms'] = longest(during);
    figures['import: tasks over 200 ms (count)'] = during.filter((task) => task.duration > 200).length;
    figures['import: progress messages shown (count)'] = imported.status.filter((text) =>
      text.startsWith('Importing…'),
    ).length;
    await importer.close();

    const second = await context.newPage();
    await openPage(second, secondTabPath, 'Bookmarks');
    const page = await context.newPage();
    await openPage(page, togglePage.path, togglePage.name);
    const times: number[] = [];
    let secondTabLongest = 0;
    for (let run = 0; run < toggles; run += 1) {
      await clearLongTasks(second);
      times.push(await timeToggle(page));
      await page.waitForTimeout(1500);
      secondTabLongest = Math.max(secondTabLongest, longest((await readProbe(second)).longTasks));
    }
    figures['toggle: click → aria-pressed flips, median ms'] = median(times);
    figures['toggle: slowest of the clicks ms'] = Math.max(...times);
    figures['toggle: longest task in the second tab ms'] = secondTabLongest;
  } finally {
    await context.close();
  }
  return figures;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const workDir = mkdtempSync(join(tmpdir(), 'jj-wiki-bench-bookmarks-'));
const results = new Map<number, Figures>();
const browser = await launchChromium();
const browserVersion = browser.version();
try {
  const outDir = join(workDir, 'dist');
  await build({ root: rootDir, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await startStaticServer(outDir);
  try {
    for (const size of sizes) {
      const filePath = join(workDir, `bookmarks-${size}.json`);
      const text = bookmarksFile(size);
      writeFileSync(filePath, text);
      console.log(
        `${size.toLocaleString('en')} bookmarks with notes: a ${(text.length / 1024 / 1024).toFixed(1)} MB file`,
      );
      results.set(size, await measure(browser, server.url, filePath));
    }
  } finally {
    await server.close();
  }
} finally {
  await browser.close();
  rmSync(workDir, { recursive: true, force: true });
}

const format = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(1);
const [baseline] = sizes;
const baseFigures = results.get(baseline ?? 0) ?? {};
console.log(
  `\nChromium ${browserVersion}, Node ${process.version}; a fresh browser context per size; toggle figures over ${toggles} clicks`,
);
console.log(`${'figure'.padEnd(50)}${sizes.map((size) => size.toLocaleString('en').padStart(10)).join('')}   ratio`);
for (const name of Object.keys(baseFigures)) {
  const values = sizes.map((size) => results.get(size)?.[name]);
  const [first, last] = [values[0], values[values.length - 1]];
  const ratio =
    first !== undefined && last !== undefined && first > 0 && sizes.length > 1 ? `${(last / first).toFixed(1)}×` : '–';
  console.log(`${name.padEnd(50)}${values.map((value) => format(value).padStart(10)).join('')}   ${ratio}`);
}
console.log('\nTargets (issue 17): no main-thread task over 200 ms during the import; a toggle under 100 ms.');
