// Vite plugin: after each production build, prints the gzipped JavaScript a fan downloads before each page is usable
// and fails the build when a page needs more than the budget.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { isCorpusModule } from './corpus-vite-plugin.ts';

/**
 * Gzipped kilobytes of JavaScript allowed before a page is usable on a first visit (issue 7 sets it for character
 * pages; every page keeps to it).
 */
export const firstVisitBudgetKb = 160;

/**
 * The pages a fan opens to write rather than to read (`/characters/$slug/edit`, `/characters/new`): they run the
 * editor on top of what a read page runs, so they have a budget of their own; the read pages keep theirs.
 */
export const editorBudgetKb = 200;
/**
 * The pages where a fan writes (an editor, a new page, a history with its diffs and reverts, /edits and /import with
 * edit packs in and out): a budget of their own.
 */
const editorRoute = /(\.edit|\.history|\/new|^edits|^import)$/;

export function budgetOf(route: string): number {
  return editorRoute.test(route) ? editorBudgetKb : firstVisitBudgetKb;
}

/** Where the build leaves the figures for the browser test that checks them against what Chromium really fetches. */
export const firstVisitReportFile = '.vite/first-visit-js.json';

export type RouteWeight = { route: string; files: string[]; codeKb: number; overBudget: boolean };

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/**
 * The chunks a first visit to each route runs before the page is usable: the entry and everything it imports statically,
 * plus the route's own component chunk and its static imports. Chunks a page imports later (on scroll, on use, when idle)
 * are not counted: that is the point of deferring them.
 */
export function weighRoutes(
  bundle: OutputBundle,
  routesDir: string,
  gzippedSize: (fileName: string) => number,
): RouteWeight[] {
  const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const withStaticImports = (start: OutputChunk[]) => {
    const seen = new Set<string>();
    const visit = (chunk: OutputChunk) => {
      if (seen.has(chunk.fileName)) return;
      seen.add(chunk.fileName);
      for (const file of chunk.imports) {
        const imported = byFile.get(file);
        if (imported) visit(imported);
      }
    };
    start.forEach(visit);
    return seen;
  };
  const entries = chunks.filter((chunk) => chunk.isEntry);
  const routeComponents = new Map<string, OutputChunk[]>();
  for (const chunk of chunks) {
    // TanStack Router's code splitting names each route chunk after what it holds, e.g.
    // `$slug.tsx?tsr-split=component---loader`.
    const [file, query = ''] = (chunk.facadeModuleId ?? '').split('?');
    const holds = new URLSearchParams(query).get('tsr-split')?.split('---') ?? [];
    if (!file?.startsWith(routesDir) || !holds.includes('component')) continue;
    const route = relative(routesDir, file).replace(/\.tsx$/, '');
    routeComponents.set(route, [...(routeComponents.get(route) ?? []), chunk]);
  }
  return [...routeComponents]
    .map(([route, components]) => {
      const files = [...withStaticImports([...entries, ...components])].sort();
      const codeKb = kb(files.reduce((sum, file) => sum + gzippedSize(file), 0));
      return { route, files, codeKb, overBudget: codeKb > budgetOf(route) };
    })
    .sort((a, b) => b.codeKb - a.codeKb);
}

export function bundleBudgetPlugin(routesDir: string): Plugin {
  return {
    name: 'jessica-jones-bundle-budget',
    // Browser builds only: the prerendering's server build is never downloaded.
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    // After writing, so the sizes are those of the files a browser gets (later plugins still rewrite chunks while
    // generating).
    writeBundle({ dir = 'dist' }, bundle) {
      const gzippedSize = (fileName: string) => gzipSync(readFileSync(join(dir, fileName))).length;
      const weights = weighRoutes(bundle, routesDir, gzippedSize);
      if (weights.length === 0) return;
      const lines = weights.map(
        ({ route, files, codeKb }) =>
          `  ${`/${route}`.padEnd(22)} ${codeKb.toFixed(1).padStart(6)} KB in ${files.length} files`,
      );
      const corpus = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk' && isCorpusModule(output.facadeModuleId) ? [output.fileName] : [],
      );
      const corpusKb = kb(corpus.reduce((sum, file) => sum + gzippedSize(file), 0));
      const corpusLine = `\n  and once, on the very first start, the corpus (content, not code): ${corpusKb.toFixed(1)} KB in ${corpus.length} files`;
      this.info?.(
        `JavaScript before a first visit is usable (gzip; budget ${firstVisitBudgetKb} KB a page, ${editorBudgetKb} KB a page where fans write: editor, new page, history, edits, import):\n${lines.join('\n')}${corpusLine}`,
      );
      const reportPath = join(dir, firstVisitReportFile);
      mkdirSync(dirname(reportPath), { recursive: true });
      writeFileSync(reportPath, JSON.stringify({ budgetKb: firstVisitBudgetKb, corpus, routes: weights }, null, 1));
      const over = weights.find((weight) => weight.overBudget);
      if (over)
        this.error(
          `/${over.route} needs ${over.codeKb} KB of gzipped JavaScript before it is usable, over the ${budgetOf(over.route)} KB budget.`,
        );
    },
  };
}
