// The character list at /characters: every card for a small cast; for a big one, only the rows near the viewport, each
// saying its place in the whole list.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../fixtures/synthetic-corpus';
import { openTestDatabase } from '../fixtures/test-database';
import { renderRoute } from './render-route';

const bigCast = () => openTestDatabase(syntheticCorpus(1000, { characterShare: 1, personShare: 0.5 }), 'big-cast');
const items = () => within(screen.getByRole('list', { name: 'Characters' })).getAllByRole('listitem');
/** The windowing code loads on demand; until then the first cards show as a plain list. */
const windowed = () => waitFor(() => expect(items()[0]).toHaveAttribute('aria-setsize'));

afterEach(() => {
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
});

describe('character list', () => {
  it('renders a small cast whole, as a plain list of links', async () => {
    await renderRoute('/characters');
    expect(items().map((item) => within(item).getByRole('link').textContent)).toEqual([
      'Test Heroine',
      'Test Villain',
      'An unnamed student',
    ]);
    expect(items()[0]).not.toHaveAttribute('aria-setsize');
  });

  it('renders only the first rows of a big cast, each card a link with its place in the list', async () => {
    await renderRoute('/characters', { openDatabase: bigCast });
    await windowed();
    const shown = items();
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(40);
    expect(shown.map((item) => item.getAttribute('aria-posinset'))).toEqual(shown.map((_, index) => String(index + 1)));
    for (const item of shown) {
      expect(item).toHaveAttribute('aria-setsize', '1000');
      expect(within(item).getByRole('link')).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/characters\/character-\d+$/),
      );
    }
  });

  it('renders the rows that scroll into view', async () => {
    await renderRoute('/characters', { openDatabase: bigCast });
    await windowed();
    act(() => {
      Object.defineProperty(window, 'scrollY', { value: 130 * 500, configurable: true });
      fireEvent.scroll(window);
    });
    const positions = items().map((item) => Number(item.getAttribute('aria-posinset')));
    expect(Math.min(...positions)).toBeGreaterThan(450);
    expect(Math.max(...positions)).toBeLessThan(550);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('characters at a glance on the home page', () => {
  it('shows a small cast whole, most discussed first, with no link to more', async () => {
    await renderRoute('/');
    const glance = within(screen.getByRole('list', { name: 'Characters' })).getAllByRole('link');
    expect(glance.map((link) => link.textContent)).toEqual(['Test Heroine', 'Test Villain', 'An unnamed student']);
    expect(screen.queryByRole('link', { name: /^All \d+ characters$/ })).not.toBeInTheDocument();
  });

  it('shows the twelve most discussed of a big cast and links to all of them', async () => {
    await renderRoute('/', { openDatabase: bigCast });
    expect(within(screen.getByRole('list', { name: 'Characters' })).getAllByRole('listitem')).toHaveLength(12);
    expect(screen.getByRole('link', { name: 'All 1,000 characters' })).toHaveAttribute('href', '/characters');
  });
});
