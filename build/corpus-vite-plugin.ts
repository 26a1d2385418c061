// Vite plugin: validates seeds/ at build and serves it as virtual modules: the corpus's hash (tiny, in the entry
// chunk), the corpus itself, split into parts that are loaded lazily and in parallel, and the source pages' digest
// order (from seeds/coverage.json).
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { digestOrder } from '../src/content/coverage.ts';
import { coverageFileName, loadCoverage } from '../src/content/coverage-file.ts';
import { corpusTables, type Corpus, type CorpusTable } from '../src/content/schema.ts';
import { loadSeedCorpus } from '../src/content/seed-files.ts';
import { seedFileName } from '../src/content/validate-corpus.ts';

const corpusId = 'virtual:corpus';
const hashId = 'virtual:corpus-hash';
const partPrefix = 'virtual:corpus-part-';
const digestId = 'virtual:source-digest';
/**
 * About how much JSON each part holds. Every part stays well under the service worker precache's 2 MiB limit per file
 * (so a big corpus is precached whole, with the limit still guarding against anything else), and the browser fetches
 * and parses the parts side by side.
 */
const partBytes = 1024 * 1024;

/** Whether a module id (as resolved) is the lazily loaded corpus or one of its parts: content, not code. */
export function isCorpusModule(id: string | null): boolean {
  return id === `\0${corpusId}` || (id?.startsWith(`\0${partPrefix}`) ?? false);
}

/** Some rows of one or more tables. */
export type CorpusPart = Partial<Record<CorpusTable, unknown[]>>;

/**
 * The corpus as parts of about `maxBytes` of JSON each (a row is never split), filled table by table in corpus order.
 */
export function splitCorpus(corpus: Corpus, maxBytes = partBytes): CorpusPart[] {
  const parts: CorpusPart[] = [{}];
  let bytes = 0;
  for (const table of corpusTables) {
    for (const row of corpus[table] as unknown[]) {
      const size = JSON.stringify(row).length + 1;
      if (bytes > 0 && bytes + size > maxBytes) {
        parts.push({});
        bytes = 0;
      }
      const part = parts[parts.length - 1] ?? {};
      (part[table] ??= []).push(row);
      bytes += size;
    }
  }
  return parts;
}

export function corpusPlugin(rootDir: string): Plugin {
  let seed: { hash: string; parts: CorpusPart[]; digest: Record<string, string[]> } | undefined;
  const current = () => {
    if (!seed) {
      const { corpus, hash } = loadSeedCorpus(rootDir);
      const coverage = loadCoverage(rootDir, corpus);
      seed = { hash, parts: splitCorpus(corpus), digest: coverage ? digestOrder(coverage) : {} };
    }
    return seed;
  };
  return {
    name: 'jessica-jones-corpus',
    buildStart() {
      for (const table of corpusTables) this.addWatchFile(join(rootDir, seedFileName(table)));
      this.addWatchFile(join(rootDir, coverageFileName));
      seed = undefined;
      current();
    },
    watchChange() {
      seed = undefined;
    },
    resolveId(id) {
      return id === corpusId || id === hashId || id === digestId || id.startsWith(partPrefix) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${hashId}`) return `export default ${JSON.stringify(current().hash)};`;
      // Per source, the corpus statements its article makes, in the article's order: all the source page needs of
      // coverage.json.
      if (id === `\0${digestId}`)
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(current().digest))});`;
      if (id === `\0${corpusId}`) {
        // A function that imports every part and puts the tables back together.
        const imports = current().parts.map((_, index) => `import(${JSON.stringify(`${partPrefix}${index}`)})`);
        const empty = Object.fromEntries(corpusTables.map((table) => [table, []]));
        return [
          `export default () => Promise.all([${imports.join(', ')}]).then((parts) => {`,
          `  const corpus = ${JSON.stringify(empty)};`,
          '  for (const { default: part } of parts) for (const [table, rows] of Object.entries(part)) for (const row of rows) corpus[table].push(row);',
          '  return corpus;',
          '});',
        ].join('\n');
      }
      if (id.startsWith(`\0${partPrefix}`)) {
        const part = current().parts[Number(id.slice(partPrefix.length + 1))];
        if (!part) return undefined;
        // JSON.parse of a string literal is much faster for the browser to parse and run than the same object as
        // JavaScript.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(part))});`;
      }
      return undefined;
    },
  };
}
