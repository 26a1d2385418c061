// Build, dev server and test configuration: React, file-based routes with per-route code splitting, the seed corpus
// plugin, the PWA (service worker and manifest), and the Vitest projects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { bundleBudgetPlugin } from './build/bundle-budget-vite-plugin.ts';
import { corpusPlugin } from './build/corpus-vite-plugin.ts';
import { prerenderPlugin } from './build/prerender-vite-plugin.ts';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
// The browser tests build a second version of the wiki from another copy of seeds/ (WIKI_CORPUS_ROOT) to test updates.
const corpusRoot = process.env.WIKI_CORPUS_ROOT ?? rootDir;
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  plugins: [
    tanstackRouter({
      target: 'react',
      autoCodeSplitting: true,
      // A page's loader travels with its component (one request, and no page's data code in the entry chunk).
      codeSplittingOptions: { defaultBehavior: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']] },
      quoteStyle: 'single',
    }),
    react(),
    corpusPlugin(corpusRoot),
    bundleBudgetPlugin(join(rootDir, 'src/routes')),
    prerenderPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The service worker only exists in production builds: the dev server never leaves one behind.
      devOptions: { enabled: false },
      // The icons are precached through globPatterns below.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Jessica Jones Wiki',
        short_name: 'JJ Wiki',
        description:
          "An offline fan wiki about Marvel's Jessica Jones: characters, cast and crew, seasons and themes, with a cited source behind every fact.",
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1a1322',
        background_color: '#141119',
        categories: ['entertainment', 'books'],
        icons: [
          { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
        shortcuts: [
          { name: 'Characters', url: '/characters', icons: [{ src: 'pwa-192x192.png', sizes: '192x192' }] },
          { name: 'Timeline', url: '/timeline', icons: [{ src: 'pwa-192x192.png', sizes: '192x192' }] },
          { name: 'Bookmarks', url: '/bookmarks', icons: [{ src: 'pwa-192x192.png', sizes: '192x192' }] },
          { name: 'Search', url: '/search', icons: [{ src: 'pwa-192x192.png', sizes: '192x192' }] },
        ],
      },
      workbox: {
        // Everything the wiki needs offline is precached at install: shell, every route chunk, the corpus chunk, the
        // search worker, icons. A file over the size limit fails the build (the plugin's default) rather than being
        // left out.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,txt,webmanifest}'],
        // Of the HTML, only the app shell: offline, it renders any page from IndexedDB, so a prerendered page adds
        // nothing there, and at 10,000 characters there would be 10,000 of them (each with its data). The link preview
        // card images are for crawlers, not for the app.
        globIgnores: ['**/index.html', 'og/**'],
        // A navigation asks the network for the page's prerendered HTML (fresh for every deploy, and first paint needs
        // no JavaScript); with the network gone it gets the precached app shell.
        navigateFallback: null,
        runtimeCaching: [
          {
            urlPattern: ({ request }) => request.mode === 'navigate',
            handler: 'NetworkOnly',
            options: {
              // Workbox copies this function's source into sw.js, so it names the shell's file (appShellFile) itself.
              plugins: [{ handlerDidError: async () => caches.match('/app-shell.html', { ignoreSearch: true }) }],
            },
          },
        ],
        cleanupOutdatedCaches: true,
        // The first install takes over the open tab at once, so its later chunk loads already work offline. A new
        // version still waits (no skipWaiting) until the fan presses Reload.
        clientsClaim: true,
      },
    }),
  ],
  define: {
    __APP_VERSION__: JSON.stringify(version),
    __BUILD_TIME__: JSON.stringify(new Date().toISOString()),
  },
  build: {
    target: 'es2022',
    // Every engine the wiki supports (and is tested in: Chromium, Firefox ESR, WebKitGTK) has <link rel=modulepreload>.
    // A lazily loaded chunk's stylesheets are still asked for with it, but not its JavaScript dependencies: a
    // modulepreload link per dependency costs the main thread more than the module graph's own fetches save (taking a
    // character page over added 18 of them, measured as the longest part of the router's first load). The service
    // worker serves every chunk from its precache after the first visit.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
    },
    sourcemap: true,
    rolldownOptions: {
      // Every page needs TanStack's router and query, so their modules travel as one chunk: split among the chunks that
      // share them, their small pieces (useMatch, lazyRouteComponent, queryOptions, …) each cost a request and compress
      // worse on their own.
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/]lib[\\/]react-dom-client\.ts$/,
            },
            {
              name: 'tanstack',
              test: /node_modules[\\/]@tanstack[\\/](react-router|router-core|history|react-query|query-core)[\\/]/,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/fake-indexeddb.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/fake-indexeddb.ts', 'tests/setup/testing-library.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
