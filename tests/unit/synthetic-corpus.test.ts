// The benchmarks' corpus generator: valid by the seed schema at small sizes, the same corpus every time, and
// relationships like a real cast's.
import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../../src/content/validate-corpus';
import { syntheticCorpus } from '../fixtures/synthetic-corpus';

const shape = { characterShare: 1, personShare: 0.5, factsPerCharacter: 5, relationshipsPerCharacter: 0.6 };

describe('syntheticCorpus', () => {
  it('makes a corpus the seed schema accepts, with the counts asked for', () => {
    const corpus = syntheticCorpus(50, shape);
    expect(validateCorpus(corpus).ok).toBe(true);
    expect(corpus.characters).toHaveLength(50);
    expect(corpus.people).toHaveLength(25);
    expect(corpus.facts).toHaveLength(250);
    expect(corpus.relationships).toHaveLength(30);
  });

  it('makes the same corpus for the same size', () => {
    expect(syntheticCorpus(40, shape)).toEqual(syntheticCorpus(40, shape));
  });

  it('gives a few characters many relationships and leaves many with none', () => {
    const corpus = syntheticCorpus(1000, shape);
    const degree = new Map<string, number>();
    for (const { from, to } of corpus.relationships)
      for (const slug of [from, to]) degree.set(slug, (degree.get(slug) ?? 0) + 1);
    expect(degree.size).toBeLessThan(corpus.characters.length * 0.7);
    expect(Math.max(...degree.values())).toBeGreaterThan(10);
  });
});
