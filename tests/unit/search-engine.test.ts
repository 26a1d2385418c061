// The search engine's edges: folding, highlighting, the spoiler hook, "did you mean", and bad input that must neither
// crash nor freeze.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  closestNames,
  highlight,
  search,
  tokenize,
  type SearchIndex,
} from '../../src/features/search/api/search-engine';
import { maxQueryLength, normaliseQuery } from '../../src/features/search/api/query-text';
import { openSearchIndex } from '../../src/features/search/api/search-index-store';
import { openSeedDatabase } from '../fixtures/seed-database';

let index: SearchIndex;
beforeAll(async () => {
  index = (await openSearchIndex((await openSeedDatabase()).db)).index;
});

describe('folding', () => {
  it('treats curly, straight and missing apostrophes, case and diacritics alike', () => {
    expect(tokenize('Jessica’s')).toEqual(tokenize("jessica's").map((term) => term.replace('j', 'J')));
    expect(
      ['Jessica’s', "jessica's", 'jessicas', 'JESSICAS'].map((text) => tokenize(text).join().toLowerCase()),
    ).toEqual(Array(4).fill('jessicas'));
    expect(tokenize('Fiancé')).toEqual(['Fiance']);
  });
});

describe('highlight', () => {
  it('marks the matched words, whatever their apostrophes', () => {
    expect(highlight('Jessica’s best friend, Trish', new Set(['jessicas', 'trish']))).toEqual([
      { text: 'Jessica’s', match: true },
      { text: ' best friend, ', match: false },
      { text: 'Trish', match: true },
    ]);
  });

  it('cuts long text to a window around the first match', () => {
    const text = `${'lorem '.repeat(60)}Kilgrave ${'ipsum '.repeat(60)}`;
    const parts = highlight(text, new Set(['kilgrave']));
    expect(parts[0]).toEqual({ text: '…', match: false });
    expect(parts.find((part) => part.match)?.text).toBe('Kilgrave');
    expect(parts.map((part) => part.text).join('').length).toBeLessThan(170);
  });
});

describe('results', () => {
  it('give each hit a snippet from the field that matched, with the match marked', () => {
    const [hit] = search(index, { query: 'booty call' });
    expect(hit?.id).toBe('characters:luke-cage');
    expect(hit?.snippet.filter((part) => part.match).map((part) => part.text.toLowerCase())).toEqual(['booty', 'call']);
  });

  it('leave out what spoils a season above the spoiler level', () => {
    const all = search(index, { query: 'super-powered killer' }).map((hit) => hit.id);
    expect(all).toContain('facts:jessica-known-as-killer');
    const shielded = search(index, { query: 'super-powered killer', spoilerLevel: 0 }).map((hit) => hit.id);
    expect(shielded).not.toContain('facts:jessica-known-as-killer');
  });

  it('offer the closest names when nothing matches', () => {
    expect(search(index, { query: 'kilgraaaave' })).toEqual([]);
    expect(closestNames(index, { query: 'kilgraaaave' }).map((hit) => hit.id)).toContain('characters:kilgrave');
    expect(closestNames(index, { query: 'zzzzzzzzzzzz' })).toEqual([]);
  });

  it('offer the closest pages of the kind asked for first, and any page when none of that kind comes close', () => {
    expect(closestNames(index, { query: 'jessica jone', within: 'characters' })[0]?.id).toBe(
      'characters:jessica-jones',
    );
    expect(
      closestNames(index, { query: 'krysten', within: 'people' }).every((hit) => hit.id.startsWith('people:')),
    ).toBe(true);
    expect(closestNames(index, { query: 'kilgrav', within: 'seasons' }).map((hit) => hit.id)).toContain(
      'characters:kilgrave',
    );
  });
});

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \t\n  '],
    ['punctuation only', '?!…'],
  ])('%s finds nothing and does not throw', (_what, query) => {
    expect(search(index, { query })).toEqual([]);
  });

  it('cuts a 10,000-character query to the maximum and answers quickly enough not to freeze', () => {
    const query = 'kilgrave '.repeat(1200).slice(0, 10_000);
    expect(normaliseQuery(query).length).toBeLessThanOrEqual(maxQueryLength);
    expect(search(index, { query })[0]?.id).toBe('characters:kilgrave');
  });

  it.each(['.*+?^${}()|[]\\', '(kilgrave', 'kilgrave)', 'trish[', '/^jess/'])(
    'treats regex metacharacters as plain text: %s',
    (query) => {
      expect(() => search(index, { query })).not.toThrow();
    },
  );

  it('finds Jessica through markup without interpreting it', () => {
    const hits = search(index, { query: '<script>alert("jessica")</script><img src=x onerror=alert(1)>' });
    expect(hits.slice(0, 5).map((hit) => hit.id)).toContain('characters:jessica-jones');
  });

  it.each(['🦸‍♀️ jessica', 'جيسيكا جونز', 'ג׳סיקה', '\u202Ekilgrave', '\u0000kilgrave'])(
    'handles emoji, right-to-left and control characters: %s',
    (query) => {
      expect(() => search(index, { query })).not.toThrow();
    },
  );
});
