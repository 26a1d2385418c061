// URLs that only look like pages or values: a season number written another way and extra path segments after a real
// page are "not found"; a search for text that reads as a number searches for that text.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from '../../src/routes/-search-params';
import { renderRoute } from './render-route';

describe('strict URLs', () => {
  it.each(['/seasons/01', '/characters/test-villain/extra/segment', '/characters/test-villain/extra'])(
    '%s is not found',
    async (path) => {
      const { heading } = await renderRoute(path);
      expect(heading.textContent).toMatch(/not found|No (season|character|page)/i);
    },
  );

  it.each([
    ['/seasons/1', 'Season 1'],
    ['/characters/test-villain', 'Test Villain'],
  ])('still opens %s', async (path, name) => {
    expect((await renderRoute(path)).heading).toHaveTextContent(name);
  });

  it('searches /search?q=1e999 for “1e999”, not Infinity', async () => {
    const { heading } = await renderRoute('/search?q=1e999');
    expect(heading).toHaveTextContent('Results for “1e999”');
    expect(screen.queryByText(/Infinity/)).toBeNull();
  });
});

describe('search values in the URL', () => {
  it.each([
    ['?q=1e999', { q: '1e999' }],
    ['?q=1.50', { q: '1.50' }],
    ['?q=null', { q: 'null' }],
    ['?kinds=%5B%22premiere%22%5D', { kinds: ['premiere'] }],
    ['?q=%22quoted%22', { q: 'quoted' }],
  ])('reads %s as %j and writes it back the same way', (search, value) => {
    expect(parseSearch(search)).toEqual(value);
    expect(parseSearch(stringifySearch(value))).toEqual(value);
  });
});
