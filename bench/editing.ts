// Benchmarks fans' edits at 10,000 characters over the data layer (Node, fake-indexeddb, one process): a save until the
// page and search show it, the reads of a character page with 1,000 edits stored against none, and re-basing 1,000
// edits on a new corpus version against loading that version with none. Run: npm run bench:editing
// (BENCH_SIZE=10000, BENCH_EDITS=1000, BENCH_RUNS=15). fake-indexeddb is slower than a browser's IndexedDB: read the
// ratios first, the absolute figures as an upper bound.
import 'fake-indexeddb/auto';
import { documentChanges, type PageDocument } from '../src/content/page-document';
import { entityRef } from '../src/content/refs';
import type { Corpus } from '../src/content/schema';
import type { Row } from '../src/content/tables';
import { loadCorpusIfChanged } from '../src/db/load-corpus';
import { readPages, readWhere } from '../src/db/read-content';
import { sameData } from '../src/content/row-fields';
import { readPageDocument } from '../src/db/read-page-document';
import { saveChanges } from '../src/db/save-edits';
import { WikiDatabase } from '../src/db/wiki-database';
import { search } from '../src/features/search/api/search-engine';
import { openSearchIndex } from '../src/features/search/api/search-index-store';
import { syntheticCorpus } from '../tests/fixtures/synthetic-corpus';

const size = Number(process.env.BENCH_SIZE ?? 10_000);
const editCount = Number(process.env.BENCH_EDITS ?? 1000);
const runs = Number(process.env.BENCH_RUNS ?? 15);
const shape = { characterShare: 1, personShare: 0.5, factsPerCharacter: 5, relationshipsPerCharacter: 0.6 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function save(db: WikiDatabase, next: PageDocument) {
  const changes = documentChanges(await readPageDocument(db, next.ref), next, sameData);
  await saveChanges(db, { page: next.ref, kind: 'save', changes, snapshot: next });
}

let databases = 0;
async function openCorpus(corpus: Corpus, hash = 'bench') {
  const db = new WikiDatabase(`bench-editing-${(databases += 1)}`);
  await loadCorpusIfChanged(db, { hash, load: async () => corpus });
  return db;
}

/** Stores `count` edits: half change characters' summaries, half change facts' text (one save per page). */
async function storeEdits(db: WikiDatabase, corpus: Corpus, count: number) {
  for (const character of corpus.characters.slice(0, Math.ceil(count / 2))) {
    const document = await readPageDocument(db, entityRef('characters', character.slug));
    const page = document.page as Row<'characters'>;
    const [fact] = document.statements.facts;
    await save(db, {
      ...document,
      page: { ...page, summary: { ...page.summary, text: `${page.summary.text} Edited by a fan.` } },
      statements: {
        ...document.statements,
        facts: fact ? [{ ...fact, text: `${fact.text} (a fan's wording)` }, ...document.statements.facts.slice(1)] : [],
      },
    });
  }
}

/** The reads a character page makes: the character, its actors, relationships, facts, quotes and events. */
async function readCharacterPage(db: WikiDatabase, slug: string) {
  const ref = entityRef('characters', slug);
  const [character] = await readPages(db, 'characters', [slug]);
  await Promise.all([
    readPages(db, 'people', character?.portrayedBy.map((actor) => actor.person) ?? []),
    readWhere(db, 'relationships', 'from', [slug]),
    readWhere(db, 'relationships', 'to', [slug]),
    readWhere(db, 'facts', 'about', [ref]),
    readWhere(db, 'quotes', 'about', [ref]),
    readWhere(db, 'events', 'about', [ref]),
  ]);
}

const corpus = syntheticCorpus(size, shape);
console.log(
  `Editing benchmark on ${process.version}: ${corpus.characters.length.toLocaleString('en')} characters, ${corpus.facts.length.toLocaleString('en')} facts; ${editCount} edits; ${runs} runs (medians)`,
);

// 1. Page reads with no edits and with `editCount` stored, alternating so both see the same machine.
const plain = await openCorpus(corpus);
const edited = await openCorpus(corpus);
await storeEdits(edited, corpus, editCount);
const sample = corpus.characters.filter((_, index) => index % Math.floor(corpus.characters.length / 50) === 1);
const readTimes = { plain: [] as number[], edited: [] as number[] };
for (let run = 0; run < runs; run += 1)
  for (const [name, db] of [
    ['plain', plain],
    ['edited', edited],
  ] as const) {
    const start = performance.now();
    for (const character of sample) await readCharacterPage(db, character.slug);
    readTimes[name].push((performance.now() - start) / sample.length);
  }
const readRatio = median(readTimes.edited) / median(readTimes.plain);
console.log(
  `character page reads: ${ms(median(readTimes.plain))} with no edits, ${ms(median(readTimes.edited))} with ${editCount} → ${readRatio.toFixed(2)}× (goal ≤ 1.2×)`,
);

// 2. A save until the page and search show it, with `editCount` edits already stored.
const live = await openSearchIndex(edited);
await live.sync();
const target = corpus.characters[corpus.characters.length - 2];
if (!target) throw new Error('the corpus has no characters');
const saveTimes: number[] = [];
for (let run = 0; run < runs; run += 1) {
  const word = `zorblax${run}`;
  const document = await readPageDocument(edited, entityRef('characters', target.slug));
  const page = document.page as Row<'characters'>;
  const start = performance.now();
  await save(edited, { ...document, page: { ...page, summary: { ...page.summary, text: `Now ${word}.` } } });
  const [shown] = await readPages(edited, 'characters', [target.slug]);
  const found = search(await live.sync(), { query: word }).some((hit) => hit.target === document.ref);
  saveTimes.push(performance.now() - start);
  if (!shown?.summary.text.includes(word) || !found) throw new Error(`run ${run}: the edit did not show`);
}
console.log(`save → page and search show it: ${ms(median(saveTimes))} median (goal ≤ 100 ms)`);

// 3. A new corpus version: loading it with `editCount` edits to re-base against loading it with none.
const next: Corpus = {
  ...corpus,
  characters: corpus.characters.map((character, index) =>
    index % 10 === 0
      ? { ...character, summary: { ...character.summary, text: `${character.summary.text} Upstream.` } }
      : character,
  ),
};
const loadTimes = { plain: [] as number[], edited: [] as number[] };
const rebaseTimes: number[] = [];
for (let run = 0; run < 3; run += 1)
  for (const [name, db] of [
    ['plain', plain],
    ['edited', edited],
  ] as const) {
    performance.clearMeasures('edits-rebase');
    const start = performance.now();
    await loadCorpusIfChanged(db, { hash: `next-${run}`, load: async () => (run % 2 === 0 ? next : corpus) });
    loadTimes[name].push(performance.now() - start);
    if (name === 'edited') rebaseTimes.push(performance.getEntriesByName('edits-rebase')[0]?.duration ?? NaN);
  }
const conflicts = await edited.edits.where('state').equals('conflict').count();
console.log(
  `new corpus version: loaded in ${ms(median(loadTimes.plain))} with no edits, ${ms(median(loadTimes.edited))} with ${editCount}; re-basing them (the edits-rebase measure) ${ms(median(rebaseTimes))} (goal ≤ 1 s); ${conflicts} conflicts left for the fan`,
);
for (const db of [plain, edited]) db.close();
