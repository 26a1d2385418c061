// Vite plugin: after the browser build, builds src/prerender.tsx for Node and renders every content URL with the app's
// own routes into dist/<path>/index.html (the app shell stays as dist/app-shell.html for every other URL), each with
// its page's head tags, the data the app hydrates from and, as its one script, the loader (src/take-over.ts) that asks
// for the app once the page has painted; then writes sitemap.xml and names it in robots.txt (with the site's origin
// set). Runs before vite-plugin-pwa writes the service worker, so the precache sees the pages.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { RenderedPage } from '../src/prerender.tsx';
import { serializePrerenderedState, prerenderedStateId } from '../src/lib/prerendered-state.ts';
import { spoilerAnsweredAttribute, spoilerAnsweredNoteKey } from '../src/lib/spoiler-answered-note.ts';
import {
  answeredMarkAttribute,
  answeredNoteKeyAttribute,
  appChunksAttribute,
  appEntryAttribute,
} from '../src/lib/take-over-attributes.ts';
import { headTags, pageHead, sitemap, siteUrl } from './page-head.ts';

/** The app shell: what a host serves for any URL without a prerendered page (and the service worker offline). */
export const appShellFile = 'app-shell.html';

/**
 * The origin the head tags and the sitemap make absolute URLs with (e.g. `https://jessica-jones.example`), from the
 * environment: without it they are root-relative paths, and there is no canonical link nor robots.txt sitemap line
 * (both must be absolute).
 */
export const siteOriginVariable = 'WIKI_SITE_ORIGIN';

type PrerenderModule = {
  listContentPaths: () => Promise<string[]>;
  renderPage: (path: string) => Promise<RenderedPage>;
};

/**
 * The stylesheet links moved before the scripts Vite puts first: the page is painted from its HTML and stylesheet, so
 * on a slow connection the stylesheet is asked for before the JavaScript that shares the bandwidth with it.
 */
function stylesheetsFirst(html: string): string {
  const stylesheets = html.match(/\s*<link rel="stylesheet"[^>]*>/g) ?? [];
  const withoutThem = stylesheets.reduce((rest, link) => rest.replace(link, ''), html);
  return withoutThem.replace(
    /(\s*)<script type="module"/,
    (scripts, space: string) => `${stylesheets.join('')}${space}${scripts.trim()}`,
  );
}

/**
 * The shell's scripts (the entry and its modulepreload links) replaced by the loader, a classic script in the head so it
 * runs before the first paint (a few hundred bytes, asked for beside the stylesheet, which blocks the paint anyway); it
 * asks for the app once the page has painted: a prerendered page is readable from its HTML, and the app only takes it
 * over.
 */
function loadAppAfterPaint(shell: string, takeOverFile: string): string {
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(shell);
  if (!entry?.[1]) throw new Error("The app shell has no entry script for a prerendered page's loader to load.");
  const chunkLinks = [...shell.matchAll(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g)];
  const loader =
    `<script src="/${takeOverFile}" ${appEntryAttribute}="${entry[1]}" ` +
    `${appChunksAttribute}="${chunkLinks.map((link) => link[1]).join(' ')}" ` +
    `${answeredNoteKeyAttribute}="${spoilerAnsweredNoteKey}" ${answeredMarkAttribute}="${spoilerAnsweredAttribute}"></script>`;
  return chunkLinks
    .reduce((rest, link) => rest.replace(link[0], ''), shell.replace(entry[0], ''))
    .replace(/<\/head>/, () => `  ${loader}\n  </head>`);
}

/** The shell with a page in it: head tags in place of the shell's title and description, the page in #root. */
function pageDocument(shell: string, path: string, page: RenderedPage, origin: string): string {
  const head = headTags(pageHead(page.html, path, origin));
  const state = `<script type="application/json" id="${prerenderedStateId}">${serializePrerenderedState(page.state)}</script>`;
  return shell
    .replace(/<title>[\s\S]*?<\/title>/, () => '')
    .replace(/<meta\s+name="description"[\s\S]*?\/>/, () => head)
    .replace(/<div id="root">[\s\S]*<!--\/app-html-->\s*<\/div>/, () => `<div id="root">${page.html}</div>`)
    .replace(/<noscript>[\s\S]*?<\/noscript>/, () => state);
}

/** `/` → index.html, `/characters/kilgrave` → characters/kilgrave/index.html. */
const fileOf = (path: string) => join(...decodeURIComponent(path).split('/').filter(Boolean), 'index.html');

async function prerender(config: ResolvedConfig, origin: string, takeOverFile: string): Promise<void> {
  const outDir = resolve(config.root, config.build.outDir);
  // Inside node_modules, so the server bundle's imports of React and the rest resolve; one folder per build, so a
  // second build in the same process (the update test's) never reuses the first one's modules.
  const serverDir = join(config.root, 'node_modules/.cache/prerender', `${process.pid}-${Date.now()}`);
  const started = performance.now();
  try {
    await build({
      configFile: config.configFile,
      root: config.root,
      mode: config.mode,
      logLevel: 'warn',
      build: {
        ssr: join(config.root, 'src/prerender.tsx'),
        outDir: serverDir,
        emptyOutDir: true,
        sourcemap: false,
        copyPublicDir: false,
      },
    });
    const { listContentPaths, renderPage } = (await import(
      pathToFileURL(join(serverDir, 'prerender.js')).href
    )) as PrerenderModule;
    const shell = stylesheetsFirst(readFileSync(join(outDir, 'index.html'), 'utf8'));
    writeFileSync(join(outDir, appShellFile), shell);
    const pageShell = loadAppAfterPaint(shell, takeOverFile);
    const paths = await listContentPaths();
    for (const path of paths) {
      const page = await renderPage(path);
      if (page.status !== 200) throw new Error(`Prerendering ${path} answered ${page.status}, not its page.`);
      const file = join(outDir, fileOf(path));
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, pageDocument(pageShell, path, page, origin));
    }
    writeFileSync(join(outDir, 'sitemap.xml'), sitemap(origin, paths));
    // robots.txt may only name the sitemap by its absolute URL: without the site's origin it does not.
    if (origin) {
      const robots = readFileSync(join(outDir, 'robots.txt'), 'utf8').trimEnd();
      writeFileSync(join(outDir, 'robots.txt'), `${robots}\n\nSitemap: ${siteUrl(origin, '/sitemap.xml')}\n`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    config.logger.info(
      `Prerendered ${paths.length} pages in ${seconds} s (site origin: ${origin || 'none, relative'})`,
    );
  } finally {
    rmSync(serverDir, { recursive: true, force: true });
  }
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  let takeOverChunk = '';
  let takeOverFile = '';
  return {
    name: 'jessica-jones-prerender',
    apply: (_, env) => (env.command === 'build' && !env.isSsrBuild) || env.isPreview === true,
    configResolved(resolved) {
      config = resolved;
    },
    // `vite preview` (npm start) serves dist/ as the deployment docs ask a host to: a prerendered page for its path,
    // the app shell for any other app URL.
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, _, next) => {
        const url = request.url ?? '/';
        const searchStart = url.includes('?') ? url.indexOf('?') : url.length;
        const [pathname, search] = [url.slice(0, searchStart), url.slice(searchStart)];
        if (extname(pathname)) return next();
        let file = appShellFile;
        try {
          if (existsSync(join(outDir, fileOf(pathname)))) file = fileOf(pathname);
        } catch {
          // A malformed escape is still an app URL: the app shows its own "not found".
        }
        request.url = `/${file}${search}`;
        next();
      });
    },
    // The prerendered pages' loader, a chunk of its own (a few hundred bytes) beside the app's entry.
    buildStart() {
      if (config.command === 'build' && !config.build.ssr)
        takeOverChunk = this.emitFile({ type: 'chunk', id: join(config.root, 'src/take-over.ts'), name: 'take-over' });
    },
    generateBundle(_, bundle) {
      if (!takeOverChunk) return;
      takeOverFile = this.getFileName(takeOverChunk);
      // A classic script can't import: whatever it shares with the app must reach it through its data attributes.
      const chunk = bundle[takeOverFile];
      if (chunk?.type === 'chunk' && chunk.imports.length > 0)
        this.error(
          `src/take-over.ts must import nothing the app imports, but its chunk imports ${chunk.imports.join(', ')}.`,
        );
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        if (config.build.ssr) return;
        await prerender(config, (process.env[siteOriginVariable] ?? '').replace(/\/+$/, ''), takeOverFile);
      },
    },
  };
}
