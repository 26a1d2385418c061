// The corpus chunk's split into parts: every row once and in order, no part over the size asked for unless one row is,
// a small corpus in one part.
import { describe, expect, it } from 'vitest';
import { splitCorpus } from '../../build/corpus-vite-plugin';
import { corpusTables, type Corpus } from '../../src/content/schema';
import { smallCorpus } from '../fixtures/small-corpus';
import { syntheticCorpus } from '../fixtures/synthetic-corpus';

function joined(parts: ReturnType<typeof splitCorpus>): Record<string, unknown[]> {
  const corpus: Record<string, unknown[]> = Object.fromEntries(corpusTables.map((table) => [table, []]));
  for (const part of parts) for (const [table, rows] of Object.entries(part)) corpus[table]?.push(...rows);
  return corpus;
}

describe('splitCorpus', () => {
  it('keeps a small corpus in one part', () => {
    const corpus = smallCorpus();
    const parts = splitCorpus(corpus);
    expect(parts).toHaveLength(1);
    expect(joined(parts)).toEqual(corpus);
  });

  it('splits a big corpus into parts of at most the size asked for, which put back together give the corpus', () => {
    const corpus: Corpus = syntheticCorpus(2000, { characterShare: 1, personShare: 0.5, factsPerCharacter: 2 });
    const maxBytes = 64 * 1024;
    const parts = splitCorpus(corpus, maxBytes);
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) expect(JSON.stringify(part).length).toBeLessThanOrEqual(maxBytes + 200);
    expect(joined(parts)).toEqual(corpus);
  });

  it('gives a row bigger than the limit a part of its own', () => {
    const corpus = smallCorpus();
    const parts = splitCorpus(corpus, 10);
    expect(parts.length).toBe(corpusTables.reduce((rows, table) => rows + corpus[table].length, 0));
    expect(joined(parts)).toEqual(corpus);
  });
});
