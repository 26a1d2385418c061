// Benchmarks search at 1,000, 10,000 and 50,000 entities: MiniSearch (the wiki's engine) against Fuse.js and a naive
// `includes` scan, in one process. Run: npm run bench:search   (prints a table; the README keeps the latest figures)
import 'fake-indexeddb/auto';
import Fuse from 'fuse.js';
import { loadCorpusIfChanged } from '../src/db/load-corpus';
import { WikiDatabase } from '../src/db/wiki-database';
import { buildSearchDocuments, type SearchDocument } from '../src/features/search/api/search-documents';
import { createSearchIndex, loadSearchIndex, search } from '../src/features/search/api/search-engine';
import { randomGenerator, syntheticCorpus } from '../tests/fixtures/synthetic-corpus';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const queriesPerKind = 50;
type Engine = {
  build: () => void;
  serialise: () => string;
  load: (json: string) => void;
  query: (text: string) => unknown[];
};

function queryMix(documents: SearchDocument[]): string[] {
  const random = randomGenerator(42);
  const names = documents
    .filter((document) => document.type === 'character' || document.type === 'person')
    .map((document) => document.name);
  const pick = () => names[Math.floor(random() * names.length)] ?? '';
  const typo = (word: string) => {
    const at = 1 + Math.floor(random() * (word.length - 2));
    return word.slice(0, at) + word.slice(at + 1);
  };
  const mix: string[] = [];
  for (let i = 0; i < queriesPerKind; i += 1) {
    const [first = '', second = ''] = pick().split(' ');
    mix.push(`${first} ${second}`, first.slice(0, 4), typo(first.length >= 5 ? first : `${first}${second}`));
  }
  return mix;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

function measure(name: string, engine: Engine, queries: string[]) {
  const heapBefore = heapUsed();
  let start = performance.now();
  engine.build();
  const buildMs = performance.now() - start;
  const heapMb = (heapUsed() - heapBefore) / 1024 / 1024;
  const json = engine.serialise();
  start = performance.now();
  engine.load(json);
  const loadMs = performance.now() - start;
  for (const query of queries.slice(0, 5)) engine.query(query);
  heapUsed();
  // Each query's latency is the median of three runs (one run when it takes over 50 ms), so a garbage-collection pause
  // doesn't pass for a slow query.
  const latencies = queries.map((query) => {
    const runs: number[] = [];
    do {
      const t = performance.now();
      engine.query(query);
      runs.push(performance.now() - t);
    } while (runs.length < 3 && (runs[0] ?? 0) < 50);
    return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? NaN;
  });
  latencies.sort((a, b) => a - b);
  return {
    name,
    buildMs,
    sizeMb: json.length / 1024 / 1024,
    loadMs,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    heapMb,
  };
}

function miniSearchEngine(documents: SearchDocument[]): Engine {
  let index = createSearchIndex([]);
  return {
    build: () => (index = createSearchIndex(documents)),
    serialise: () => JSON.stringify(index),
    load: (json) => (index = loadSearchIndex(json)),
    query: (text) => search(index, { query: text, limit: 20 }),
  };
}

function fuseEngine(documents: SearchDocument[]): Engine {
  const keys = [
    { name: 'name', weight: 6 },
    { name: 'aliases', weight: 4 },
    { name: 'related', weight: 2 },
    { name: 'body', weight: 1 },
  ];
  const options = { keys, threshold: 0.3, ignoreLocation: true };
  let fuse = new Fuse<SearchDocument>([], options);
  let index = Fuse.createIndex<SearchDocument>(keys, []);
  return {
    build: () => {
      index = Fuse.createIndex(keys, documents);
      fuse = new Fuse(documents, options, index);
    },
    serialise: () => JSON.stringify(index.toJSON()),
    load: (json) => {
      fuse = new Fuse(documents, options, Fuse.parseIndex(JSON.parse(json)));
    },
    query: (text) => fuse.search(text, { limit: 20 }),
  };
}

function naiveEngine(documents: SearchDocument[]): Engine {
  let haystacks: { document: SearchDocument; text: string }[] = [];
  return {
    build: () =>
      (haystacks = documents.map((document) => ({
        document,
        text: `${document.name} ${document.aliases} ${document.related} ${document.body}`.toLowerCase(),
      }))),
    serialise: () => JSON.stringify(haystacks.map((entry) => entry.text)),
    load: (json) => {
      const texts = JSON.parse(json) as string[];
      haystacks = texts.map((text, index) => ({ document: documents[index] as SearchDocument, text }));
    },
    query: (text) => {
      const needle = text.toLowerCase();
      return haystacks.filter((entry) => entry.text.includes(needle)).slice(0, 20);
    },
  };
}

const format = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
console.log(
  `Search benchmark on ${process.version}, ${process.arch}; ${queriesPerKind * 3} queries a run (${queriesPerKind} exact two-word names, ${queriesPerKind} four-letter prefixes, ${queriesPerKind} with a letter missing)${(globalThis as { gc?: unknown }).gc ? '' : '; run with --expose-gc for heap figures'}`,
);
for (const size of sizes) {
  const db = new WikiDatabase(`bench-${size}`);
  await loadCorpusIfChanged(db, { hash: String(size), load: async () => syntheticCorpus(size) });
  const documents = await buildSearchDocuments(db);
  db.close();
  const queries = queryMix(documents);
  const rows = [miniSearchEngine(documents), fuseEngine(documents), naiveEngine(documents)].map((engine, index) =>
    measure(['MiniSearch', 'Fuse.js', 'includes scan'][index] ?? '', engine, queries),
  );
  const base = rows[0];
  console.log(`\n${size.toLocaleString('en')} entities (${documents.length.toLocaleString('en')} search documents)`);
  console.log(
    'engine          build ms   size MB   load ms   p50 ms   p95 ms   p99 ms   heap MB   vs MiniSearch: p95   load',
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(14)} ${format(row.buildMs).padStart(8)} ${format(row.sizeMb, 2).padStart(9)} ${format(row.loadMs).padStart(9)} ${format(row.p50, 2).padStart(8)} ${format(row.p95, 2).padStart(8)} ${format(row.p99, 2).padStart(8)} ${format(row.heapMb).padStart(9)}   ${base ? `${format(row.p95 / base.p95, 1)}×`.padStart(19) + `${format(row.loadMs / base.loadMs, 1)}×`.padStart(7) : ''}`,
    );
  }
}
