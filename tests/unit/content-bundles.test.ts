// The corpus as stored: rows bundled in the order pages read them, found again by any lookup value (also across
// bundles, also for many values at once), in key order, with fact counts kept.
import { beforeEach, describe, expect, it } from 'vitest';
import { corpusTables, type Corpus } from '../../src/content/schema';
import { entityKinds } from '../../src/content/kinds';
import { lookupFields, tableNames, tables } from '../../src/content/tables';
import { bundleSize, bundleTable, compareKeys } from '../../src/db/content-bundles';
import { loadCorpusIfChanged } from '../../src/db/load-corpus';
import { readCounts, readPages, readRow, readTable, readWhere } from '../../src/db/read-content';
import { WikiDatabase } from '../../src/db/wiki-database';
import { smallCorpus } from '../fixtures/small-corpus';
import { syntheticCorpus } from '../fixtures/synthetic-corpus';

function corpusWithSharedFact(): Corpus {
  const corpus = syntheticCorpus(300, {
    characterShare: 1,
    personShare: 0.5,
    factsPerCharacter: 3,
    relationshipsPerCharacter: 0.5,
  });
  corpus.facts.push({
    id: 'fact-shared',
    text: 'Two far-apart characters meet.',
    about: ['characters:character-1', 'characters:character-299'],
    sources: [corpus.sources[0]?.id ?? ''],
  });
  return corpus;
}

describe('bundleTable', () => {
  it('knows every table of the corpus schema', () => {
    expect(tableNames).toEqual(corpusTables);
  });

  it('can look every page kind up by its own key', () => {
    for (const kind of entityKinds) expect(lookupFields(kind)).toContain(tables[kind].key);
  });

  it('bundles rows in the order of their first lookup field, up to the bundle size, with every lookup value as a key', () => {
    const corpus = corpusWithSharedFact();
    const bundles = bundleTable('facts', corpus.facts).filter((bundle) => bundle.id.startsWith('facts/'));
    expect(bundles).toHaveLength(Math.ceil(corpus.facts.length / bundleSize));
    const firstAbouts = bundles.flatMap((bundle) =>
      (bundle.rows as Corpus['facts']).map((fact) => fact.about[0] ?? ''),
    );
    expect(firstAbouts).toEqual([...firstAbouts].sort(compareKeys));
    const holding = bundles.filter((bundle) => bundle.keys.includes('facts.about=characters:character-299'));
    expect(holding.length).toBeGreaterThanOrEqual(2);
    expect(bundles.every((bundle) => bundle.keys.some((key) => key.startsWith('facts.source=')))).toBe(true);
  });

  it('keeps how many facts discuss each page', () => {
    const counts = bundleTable('facts', smallCorpus().facts).find((bundle) => bundle.id === 'facts#about');
    expect(counts?.rows).toEqual(
      expect.arrayContaining([
        ['characters:test-heroine', 2],
        ['characters:test-villain', 1],
      ]),
    );
  });

  it('refuses a row without its key', () => {
    expect(() => bundleTable('events', [{ title: 'no id' } as unknown as Corpus['events'][number]])).toThrow(
      'A row of events has no key.',
    );
  });
});

describe('reading bundled content', () => {
  let db: WikiDatabase;
  let corpus: Corpus;

  beforeEach(async () => {
    db = new WikiDatabase(`content-${Math.random().toString(36).slice(2)}`);
    corpus = corpusWithSharedFact();
    await loadCorpusIfChanged(db, { hash: 'bundles', load: async () => corpus });
  });

  it('reads a whole table in key order, as a table of its own would', async () => {
    expect((await readTable(db, 'characters')).map((row) => row.slug)).toEqual(
      corpus.characters.map((row) => row.slug).sort(compareKeys),
    );
    expect(await readTable(db, 'facts')).toHaveLength(corpus.facts.length);
  });

  it('finds rows by any of their lookup values, also one kept in another page’s bundle', async () => {
    const about = await readWhere(db, 'facts', 'about', ['characters:character-299']);
    expect(about.map((fact) => fact.id)).toEqual(
      corpus.facts
        .filter((fact) => fact.about.includes('characters:character-299'))
        .map((fact) => fact.id)
        .sort(compareKeys),
    );
    expect(about.map((fact) => fact.id)).toContain('fact-shared');
    expect((await readRow(db, 'characters', 'slug', 'character-7'))?.name).toBe(corpus.characters[7]?.name);
    expect(await readWhere(db, 'relationships', 'from', ['nobody'])).toEqual([]);
  });

  it('reads many values at once (past a hundred, through the whole table) with the same result', async () => {
    const slugs = corpus.people.map((person) => person.slug);
    for (const wanted of [slugs.slice(0, 20), slugs]) {
      const rows = await readPages(db, 'people', [...wanted, ...wanted, 'nobody']);
      expect(rows.map((row) => row.slug)).toEqual([...wanted].sort(compareKeys));
    }
  });

  it('reads pages by their key, seasons by number whether given as number or text', async () => {
    expect((await readPages(db, 'seasons', [2])).map((season) => season.number)).toEqual([2]);
    expect((await readPages(db, 'seasons', ['1'])).map((season) => season.number)).toEqual([1]);
    expect(await readPages(db, 'characters', [])).toEqual([]);
  });

  it('reads the kept fact counts', async () => {
    const counts = await readCounts(db, 'facts', 'about');
    expect(counts.get('characters:character-1')).toBe(4);
    expect(counts.get('characters:character-2')).toBe(3);
  });
});
