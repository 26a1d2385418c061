// The URL search-param readers: valid values pass, anything malformed falls back.
import { describe, expect, it } from 'vitest';
import { choiceParam, choicesParam, patternParam, textParam } from '../../src/routes/-search-params';

describe('textParam', () => {
  it.each([
    ['kilgrave', 'kilgrave'],
    ['', ''],
    [2015, '2015'],
    [true, 'true'],
    [['a', 'b'], ''],
    [{ q: 'x' }, ''],
    [null, ''],
    [undefined, ''],
  ])('reads %j as %j', (value, expected) => {
    expect(textParam(value)).toBe(expected);
  });
});

describe('choiceParam', () => {
  const sorts = ['recent', 'title'] as const;
  it('keeps a listed choice', () => expect(choiceParam('title', sorts, 'recent')).toBe('title'));
  it.each(['<script>', 'Title', '', 1, ['title'], null])('falls back for %j', (value) => {
    expect(choiceParam(value, sorts, 'recent')).toBe('recent');
  });
});

describe('choicesParam', () => {
  const kinds = ['premiere', 'production', 'press'] as const;
  it('keeps a list of listed choices, without repeats', () => {
    expect(choicesParam(['production', 'premiere', 'production'], kinds)).toEqual(['production', 'premiere']);
  });
  it.each([[['nonsense']], [['premiere', 'nonsense']], ['premiere'], [{ 0: 'premiere' }], [[1]], [null]])(
    'falls back to no filter for %j',
    (value) => {
      expect(choicesParam(value, kinds)).toEqual([]);
    },
  );
});

describe('patternParam', () => {
  const slug = /^[a-z0-9-]{1,60}$/;
  it('keeps a matching value', () => expect(patternParam('luke-cage', slug, 'all')).toBe('luke-cage'));
  it.each(['<script>', 'Luke Cage', 'x'.repeat(61), '', 42, ['luke-cage']])('falls back for %j', (value) => {
    expect(patternParam(value, slug, 'all')).toBe('all');
  });
});
