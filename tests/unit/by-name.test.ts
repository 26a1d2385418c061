// The wiki's A–Z order: case and accents aside, numbers by value, and the same order Intl.Collator gives every name and
// title of the seed corpus (the key replaces the collator only because making one is slow).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSeedCorpus } from '../../src/content/seed-files';
import { compareNames } from '../../src/lib/by-name';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));

describe('compareNames', () => {
  it('sets case and accents aside', () => {
    expect(compareNames('jessica', 'Jessica')).toBe(0);
    expect(compareNames('Élodie', 'elodie')).toBe(0);
    expect(['Zeb', 'émile', 'Adam'].sort(compareNames)).toEqual(['Adam', 'émile', 'Zeb']);
  });

  it('orders numbers by value, leading zeros aside', () => {
    expect(['Season 10', 'Season 2', 'Season 1'].sort(compareNames)).toEqual(['Season 1', 'Season 2', 'Season 10']);
    expect(compareNames('Episode 07', 'Episode 7')).toBe(0);
    expect(compareNames('Room 99', 'Room 100')).toBeLessThan(0);
  });

  it('sorts every name and title of the corpus as Intl.Collator does', () => {
    const { corpus } = loadSeedCorpus(rootDir);
    const names = [
      ...corpus.characters.map((row) => row.name),
      ...corpus.people.map((row) => row.name),
      ...corpus.series.map((row) => row.name),
      ...corpus.topics.map((row) => row.name),
      ...corpus.places.map((row) => row.name),
      ...corpus.sources.map((row) => row.title),
      ...corpus.relationships.map((row) => row.id),
    ];
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(names.length).toBeGreaterThan(50);
    expect([...names].sort(compareNames)).toEqual([...names].sort(collator.compare));
  });
});
