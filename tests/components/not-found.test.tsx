// The in-app "not found" page: inside the layout, naming what was asked for.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

describe('not found', () => {
  it('names the character that was asked for and offers the list', async () => {
    const { heading } = await renderRoute('/characters/no-such-person');
    expect(heading).toHaveTextContent('No character called “no-such-person”');
    expect(screen.getByRole('link', { name: 'All characters' })).toHaveAttribute('href', '/characters');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Not found — Jessica Jones Wiki'));
  });

  it('handles an unknown path inside the layout', async () => {
    const { heading } = await renderRoute('/villains/kilgrave');
    expect(heading).toHaveTextContent('No page called “/villains/kilgrave”');
    expect(screen.getByRole('main')).toContainElement(heading);
  });

  it('treats a season that is not a number as not found', async () => {
    const { heading } = await renderRoute('/seasons/two');
    expect(heading).toHaveTextContent('No season called “two”');
  });

  it('treats a season number written another way as not found', async () => {
    for (const number of ['01', '2.0', '1e0', '+1']) {
      const { heading, unmount } = await renderRoute(`/seasons/${number}`);
      expect(heading).toHaveTextContent(`No season called “${number}”`);
      unmount();
    }
  });

  it('offers the closest pages of the kind asked for, for a misspelled slug', async () => {
    await renderRoute('/characters/test-villan');
    const suggestion = await screen.findByText(/Did you mean/);
    expect(within(suggestion).getByRole('link', { name: 'Test Villain' })).toHaveAttribute(
      'href',
      '/characters/test-villain',
    );
  });

  it('offers the closest pages of any kind for an unknown path', async () => {
    await renderRoute('/heroes/test-heroin');
    const suggestion = await screen.findByText(/Did you mean/);
    expect(within(suggestion).getByRole('link', { name: 'Test Heroine' })).toHaveAttribute(
      'href',
      '/characters/test-heroine',
    );
  });

  it('shows markup in a made-up slug as text', async () => {
    const { heading } = await renderRoute('/characters/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(heading.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
