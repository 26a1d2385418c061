// Node-side access to seeds/: reads every seed file, validates the corpus and fingerprints it (used by the Vite plugin,
// tests and benchmarks).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusTables, type Corpus, type CorpusTable } from './schema.ts';
import { formatCorpusProblems, seedFileName, validateCorpus } from './validate-corpus.ts';

export function readSeedFiles(rootDir: string): Partial<Record<CorpusTable, unknown>> {
  const files: Partial<Record<CorpusTable, unknown>> = {};
  for (const table of corpusTables) {
    const path = join(rootDir, seedFileName(table));
    if (!existsSync(path)) continue;
    try {
      files[table] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${seedFileName(table)}: not valid JSON (${(error as Error).message})`, { cause: error });
    }
  }
  return files;
}

/** A short fingerprint of the corpus: the app reloads IndexedDB whenever it changes. */
export function hashCorpus(corpus: Corpus): string {
  return createHash('sha256').update(JSON.stringify(corpus)).digest('hex').slice(0, 16);
}

/** Reads and validates seeds/, throwing one error that lists every problem with its file and path. */
export function loadSeedCorpus(rootDir: string): { corpus: Corpus; hash: string } {
  const check = validateCorpus(readSeedFiles(rootDir));
  if (!check.ok) throw new Error(`The seed corpus is broken:\n${formatCorpusProblems(check.problems)}`);
  return { corpus: check.corpus, hash: hashCorpus(check.corpus) };
}
