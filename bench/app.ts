// Benchmarks the production app in Chromium with generated corpora of 1,000 and 10,000 characters: first start, warm
// character page, /characters and its scrolling, and each build's time and dist/ size. Run: npm run bench:app   (BENCH_SIZES=1000,10000 and BENCH_RUNS=3 by
// default; prints each figure's median and its growth)
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { corpusTables, type Corpus } from '../src/content/schema';
import { seedFileName } from '../src/content/validate-corpus';
import { syntheticCorpus } from '../tests/fixtures/synthetic-corpus';
import { launchChromium } from '../tests/e2e/browser';
import { startStaticServer } from '../tests/e2e/static-server';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
/** How the generated corpora look: about five facts and 0.6 relationships per character, one actor for every two. */
const shape = { characterShare: 1, personShare: 0.5, factsPerCharacter: 5, relationshipsPerCharacter: 0.6 };
const scrollSteps = 60;
const scrollPauseMs = 50;

type Check = { selector: string; text?: string };
type Probe = { seen: Record<string, number>; longTasks: { start: number; duration: number }[] };
type Figures = Record<string, number>;

/**
 * Runs in the page before its scripts: notes when each check first matches the DOM, and every long task. It has no named
 * inner functions: tsx (esbuild) would wrap those in a `__name` helper that the page doesn't have.
 */
function installProbe(checks: Record<string, Check>) {
  const probe: Probe = { seen: {}, longTasks: [] };
  Object.assign(window, { benchProbe: probe });
  // When the app has taken over the page: React attaches itself to the h1 it hydrates (or renders), without changing
  // the DOM a prerendered page already has.
  const takeOverWatch = setInterval(() => {
    const heading = document.querySelector('main h1');
    if (heading && Object.keys(heading).some((key) => key.startsWith('__reactFiber$'))) {
      probe.seen.app = performance.now();
      clearInterval(takeOverWatch);
    }
  }, 4);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    for (const [name, { selector, text }] of Object.entries(checks)) {
      if (name in probe.seen) continue;
      const element = document.querySelector(selector);
      if (element && (text === undefined || element.textContent === text)) probe.seen[name] = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Waits until the probe has seen `name` (a check, or "app": the app has taken the page over). */
const waitUntilSeen = (page: Page, name: string) =>
  page.waitForFunction((seen) => seen in (window as unknown as { benchProbe: Probe }).benchProbe.seen, name, {
    timeout: 120_000,
  });

const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { benchProbe: Probe }).benchProbe);

async function openProbed(
  browserPage: Page,
  url: string,
  checks: Record<string, Check>,
  waitFor: string,
): Promise<Probe> {
  await browserPage.addInitScript(installProbe, checks);
  await browserPage.goto(url);
  await waitUntilSeen(browserPage, waitFor);
  return readProbe(browserPage);
}

const measureOf = (page: Page, name: string) =>
  page.evaluate((measure) => {
    const entry = performance.getEntriesByName(measure)[0];
    return entry ? { start: entry.startTime, duration: entry.duration } : undefined;
  }, name);

function writeSeeds(corpus: Corpus, corpusRoot: string): void {
  for (const table of corpusTables) {
    const file = join(corpusRoot, seedFileName(table));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(corpus[table]));
  }
}

async function buildApp(corpus: Corpus, workDir: string): Promise<string> {
  const corpusRoot = join(workDir, 'corpus');
  const outDir = join(workDir, 'dist');
  writeSeeds(corpus, corpusRoot);
  process.env.WIKI_CORPUS_ROOT = corpusRoot;
  try {
    await build({ root: rootDir, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env.WIKI_CORPUS_ROOT;
  }
  return outDir;
}

/**
 * One fresh browser profile: first start on the home page, a warm character page, then /characters loaded and scrolled
 * to the bottom.
 */
async function measureRun(
  browser: Browser,
  baseURL: string,
  character: { slug: string; name: string },
): Promise<Figures> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const figures: Figures = {};
  try {
    const first = await context.newPage();
    const home = await openProbed(first, '/', { h1: { selector: 'h1', text: 'Jessica Jones' } }, 'app');
    // The corpus loads into IndexedDB once the app has taken over the prerendered page.
    await first.waitForFunction(() => performance.getEntriesByName('corpus-write').length > 0, undefined, {
      timeout: 120_000,
    });
    const imported = await measureOf(first, 'corpus-import');
    const written = await measureOf(first, 'corpus-write');
    if (!imported || !written)
      throw new Error('The first start did not load the corpus (no corpus-import / corpus-write measures).');
    figures['first start: corpus import (download + parse) ms'] = imported.duration;
    figures['first start: IndexedDB write ms'] = written.duration;
    figures['first start: corpus in IndexedDB, ms from navigation'] = written.start + written.duration;
    figures['first start: home h1 in DOM, ms from navigation'] = home.seen.h1 ?? NaN;
    figures['first start: app took the home page over, ms'] = home.seen.app ?? NaN;
    figures['first start: long tasks (count)'] = home.longTasks.length;
    // A fan's second visit finds the service worker installed, as it is here.
    await first.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
    });
    await first.close();

    const second = await context.newPage();
    const warm = await openProbed(
      second,
      `/characters/${character.slug}`,
      { h1: { selector: 'h1', text: character.name } },
      'app',
    );
    const paint = await second.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) resolve(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => resolve(NaN), 10_000);
        }),
    );
    figures['warm character page: first contentful paint ms'] = paint;
    figures['warm character page: h1 in DOM ms'] = warm.seen.h1 ?? NaN;
    figures['warm character page: app took over ms'] = warm.seen.app ?? NaN;
    figures['warm character page: long tasks (count)'] = warm.longTasks.length;
    await second.close();

    const third = await context.newPage();
    const list = await openProbed(
      third,
      '/characters',
      { h1: { selector: 'h1', text: 'Characters' }, list: { selector: 'ul[aria-label="Characters"] li a' } },
      'list',
    );
    figures['/characters: list in DOM, ms from navigation'] = list.seen.list ?? NaN;
    // The scroll starts once the app has taken the prerendered list over, so its long tasks are the scroll's own.
    await waitUntilSeen(third, 'app');
    await third.waitForTimeout(1000);
    const loaded = await readProbe(third);
    figures['/characters: app took over, ms from navigation'] = loaded.seen.app ?? NaN;
    figures['/characters: long tasks while loading (count)'] = loaded.longTasks.length;
    figures['/characters: longest long task while loading ms'] = Math.max(
      0,
      ...loaded.longTasks.map((task) => task.duration),
    );
    const scrollStart = await third.evaluate(() => performance.now());
    const distance = await third.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    await third.mouse.move(640, 450);
    // Each step covers an equal share of what is left: the page grows or shrinks a little as rows are measured.
    for (let step = 0; step < scrollSteps; step += 1) {
      const left = await third.evaluate(
        () => document.documentElement.scrollHeight - window.innerHeight - window.scrollY,
      );
      await third.mouse.wheel(0, Math.ceil(left / (scrollSteps - step)) + 1);
      await third.waitForTimeout(scrollPauseMs);
    }
    await third.waitForTimeout(500);
    const scrolled = await readProbe(third);
    const atBottom = await third.evaluate(
      () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    );
    if (!atBottom) console.warn('  (the scroll did not reach the bottom of /characters)');
    const scrollTasks = scrolled.longTasks.filter((task) => task.start >= scrollStart);
    figures['/characters scroll: page height px'] = distance + 900;
    figures['/characters scroll: long tasks (count)'] = scrollTasks.length;
    figures['/characters scroll: longest long task ms'] = Math.max(0, ...scrollTasks.map((task) => task.duration));
  } finally {
    await context.close();
  }
  return figures;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** What a build left in dist/: every file, and the prerendered HTML pages among them. */
function folderSize(folder: string) {
  const total = { bytes: 0, files: 0, html: 0, htmlBytes: 0, largestHtml: { path: '', bytes: 0 } };
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { size } = statSync(path);
    total.bytes += size;
    total.files += 1;
    if (entry.name !== 'index.html') continue;
    total.html += 1;
    total.htmlBytes += size;
    if (size > total.largestHtml.bytes) total.largestHtml = { path: relative(folder, path), bytes: size };
  }
  return total;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const results = new Map<number, Figures>();
const browser = await launchChromium();
const browserVersion = browser.version();
try {
  for (const size of sizes) {
    const workDir = mkdtempSync(join(tmpdir(), `jj-wiki-bench-${size}-`));
    try {
      let start = performance.now();
      const corpus = syntheticCorpus(size, shape);
      const generated = performance.now() - start;
      start = performance.now();
      const outDir = await buildApp(corpus, workDir);
      console.log(
        `${size.toLocaleString('en')} characters: ${corpus.facts.length.toLocaleString('en')} facts, ${corpus.people.length.toLocaleString('en')} people, ` +
          `${corpus.relationships.length.toLocaleString('en')} relationships; generated in ${(generated / 1000).toFixed(1)} s, built in ${((performance.now() - start) / 1000).toFixed(1)} s`,
      );
      const output = folderSize(outDir);
      console.log(
        `  dist/: ${megabytes(output.bytes)} in ${output.files.toLocaleString('en')} files, of which ${output.html.toLocaleString('en')} HTML pages (${megabytes(output.htmlBytes)}; largest ${output.largestHtml.path}, ${megabytes(output.largestHtml.bytes)})`,
      );
      const server = await startStaticServer(outDir);
      const character = corpus.characters[0];
      if (!character) throw new Error('The generated corpus has no characters.');
      const samples: Figures[] = [];
      try {
        for (let run = 0; run < runs; run += 1) samples.push(await measureRun(browser, server.url, character));
      } finally {
        await server.close();
      }
      const names = Object.keys(samples[0] ?? {});
      results.set(
        size,
        Object.fromEntries(names.map((name) => [name, median(samples.map((sample) => sample[name] ?? NaN))])),
      );
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}

const format = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(1);
const [small, large] = sizes;
const smallFigures = results.get(small ?? 0) ?? {};
const largeFigures = results.get(large ?? small ?? 0) ?? {};
console.log(
  `\nMedian of ${runs} runs, fresh browser context each (Chromium ${browserVersion}, Node ${process.version})`,
);
console.log(
  `${'figure'.padEnd(56)}${(small ?? 0).toLocaleString('en').padStart(10)}${(large ?? 0).toLocaleString('en').padStart(10)}   growth`,
);
for (const name of Object.keys(smallFigures)) {
  const [a, b] = [smallFigures[name], largeFigures[name]];
  const growth = a !== undefined && b !== undefined && a > 0 ? `${(b / a).toFixed(1)}×` : '–';
  console.log(`${name.padEnd(56)}${format(a).padStart(10)}${format(b).padStart(10)}   ${growth}`);
}
