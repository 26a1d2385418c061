// Before the browser tests: checks Chromium, serves the production build (dist/), and builds a second version ("build
// B", with a changed corpus) for the update test.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled } from './browser';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distA: string;
    distB: string;
  }
}

const rootDir = fileURLToPath(new URL('../..', import.meta.url));
/** The sentence build B adds to Trish Walker's summary. */
export const buildBMarker = 'This sentence exists only in build B.';

async function buildVersionB(workDir: string): Promise<string> {
  const corpusRoot = join(workDir, 'corpus');
  cpSync(join(rootDir, 'seeds'), join(corpusRoot, 'seeds'), { recursive: true });
  const file = join(corpusRoot, 'seeds', 'characters.json');
  const characters = JSON.parse(readFileSync(file, 'utf8')) as { slug: string; summary: { text: string } }[];
  const trish = characters.find((character) => character.slug === 'trish-walker');
  if (trish) trish.summary.text += ` ${buildBMarker}`;
  writeFileSync(file, JSON.stringify(characters, null, 2));
  const outDir = join(workDir, 'dist-b');
  // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build: B is built as production,
  // like A.
  const testEnv = process.env.NODE_ENV;
  process.env.WIKI_CORPUS_ROOT = corpusRoot;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: rootDir, mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env.WIKI_CORPUS_ROOT;
    process.env.NODE_ENV = testEnv;
  }
  return outDir;
}

export default async function setup(project: TestProject) {
  assertChromiumInstalled();
  const distA = join(rootDir, 'dist');
  const server = await startStaticServer(distA);
  const workDir = mkdtempSync(join(tmpdir(), 'jj-wiki-e2e-'));
  project.provide('baseUrl', server.url);
  project.provide('distA', distA);
  project.provide('distB', await buildVersionB(workDir));
  return async () => {
    await server.close();
    rmSync(workDir, { recursive: true, force: true });
  };
}
