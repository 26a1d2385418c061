// Vite plugin: validates seeds/ at build and serves it as two virtual modules, the corpus (loaded lazily) and its hash (tiny, in the entry chunk).
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { corpusTables } from './schema.ts';
import { loadSeedCorpus } from './seed-files.ts';
import { seedFileName } from './validate-corpus.ts';

const corpusId = 'virtual:corpus';
const hashId = 'virtual:corpus-hash';

export function corpusPlugin(rootDir: string): Plugin {
  return {
    name: 'jessica-jones-corpus',
    buildStart() {
      for (const table of corpusTables) this.addWatchFile(join(rootDir, seedFileName(table)));
      loadSeedCorpus(rootDir);
    },
    resolveId(id) {
      return id === corpusId || id === hashId ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${corpusId}`) return `export default ${JSON.stringify(loadSeedCorpus(rootDir).corpus)};`;
      if (id === `\0${hashId}`) return `export default ${JSON.stringify(loadSeedCorpus(rootDir).hash)};`;
      return undefined;
    },
  };
}
