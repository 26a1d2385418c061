// Bookmarks on the page and old URLs: the header toggle saves and lists the page, a renamed page's old slug redirects,
// and the validated URL filters.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { smallCorpus } from '../fixtures/small-corpus';
import { openTestDatabase } from '../fixtures/test-database';
import { renderRoute } from './render-route';

describe('bookmark toggle', () => {
  it('is a pressed/unpressed button in the page header that adds the page to /bookmarks and to recently viewed', async () => {
    const { router } = await renderRoute('/characters/test-villain');
    const toggle = await screen.findByRole('button', { name: 'Bookmark Test Villain' });
    await waitFor(() => expect(toggle).toBeEnabled());
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));

    await router.navigate({ to: '/bookmarks', search: { sort: 'recent', type: 'all' } });
    await screen.findByRole('heading', { level: 1, name: 'Bookmarks' });
    expect(await screen.findByRole('textbox', { name: 'Note on Test Villain' })).toBeInTheDocument();
    const recent = screen.getByRole('region', { name: 'Recently viewed' });
    await waitFor(() => expect(recent).toHaveTextContent('Test Villain'));
  });

  it('falls back to the defaults for a malformed sort or type in the URL', async () => {
    const { heading } = await renderRoute('/bookmarks?sort=%3Cscript%3E&type=villains');
    expect(heading).toHaveTextContent('Bookmarks');
    expect(screen.getByRole('combobox', { name: 'Sort' })).toHaveValue('recent');
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('all');
    expect(screen.getByText(/No bookmarks yet/)).toBeInTheDocument();
  });
});

describe('renamed pages', () => {
  it('redirects a former slug to the current page', async () => {
    const corpus = smallCorpus();
    const villain = corpus.characters.find((character) => character.slug === 'test-villain');
    if (villain) villain.formerSlugs = ['old-villain'];
    const { router, heading } = await renderRoute('/characters/old-villain', {
      openDatabase: () => openTestDatabase(corpus, 'renamed'),
    });
    expect(heading).toHaveTextContent('Test Villain');
    expect(router.state.location.pathname).toBe('/characters/test-villain');
  });
});
