// The header's quick search as a fan types: its suggestions, and what it says when they fail to load.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from './render-route';

const searchFails = vi.hoisted(() => ({ now: false }));
vi.mock('../../src/features/search/api/search-client', async (importOriginal) => {
  const client = await importOriginal<typeof import('../../src/features/search/api/search-client')>();
  return {
    ...client,
    runSearch: (...call: Parameters<typeof client.runSearch>) =>
      searchFails.now ? Promise.reject(new Error('The search worker stopped')) : client.runSearch(...call),
  };
});

describe('quick search', () => {
  afterEach(() => {
    searchFails.now = false;
  });

  it('suggests pages as the fan types', async () => {
    await renderRoute('/');
    await userEvent.type(screen.getByRole('combobox', { name: 'Search the wiki' }), 'villain');
    const suggestions = screen.getByRole('listbox', { name: 'Suggestions' });
    expect(await within(suggestions).findByRole('option', { name: /Test Villain/ })).toBeInTheDocument();
    expect(within(suggestions).getByRole('option', { name: /See all results for “villain”/ })).toBeInTheDocument();
  });

  it('says the suggestions failed, shows none of the last ones, and still offers every result', async () => {
    await renderRoute('/');
    const box = screen.getByRole('combobox', { name: 'Search the wiki' });
    await userEvent.type(box, 'villain');
    const suggestions = screen.getByRole('listbox', { name: 'Suggestions' });
    await within(suggestions).findByRole('option', { name: /Test Villain/ });

    searchFails.now = true;
    await userEvent.type(box, 's');
    expect(
      await within(suggestions).findByRole('option', {
        name: 'Suggestions could not be loaded: see all results for “villains”',
      }),
    ).toBeInTheDocument();
    expect(within(suggestions).queryByRole('option', { name: /Test Villain/ })).toBeNull();
    const quickSearch = screen.getByRole('search', { name: 'Quick search' });
    expect(within(quickSearch).getByRole('status')).toHaveTextContent('Suggestions could not be loaded');
    expect(box).toHaveValue('villains');
  });
});
