// "What this article says" on a source page, over the real corpus: the article's statements in its order, each linked
// to its page, spoilers shielded.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openSeedDatabase } from '../fixtures/seed-database';
import { renderRoute } from './render-route';

const featuretteArticle = '/sources/002_71209a20e33b903e';

// The first render loads the whole seed corpus into a fresh in-memory IndexedDB: slow on a busy machine.
describe('a source page’s digest', { timeout: 30_000 }, () => {
  it('lists the article’s statements in the article’s order under an h2, each linking to the page that carries it', async () => {
    await renderRoute(featuretteArticle, { openDatabase: openSeedDatabase });
    const digest = await screen.findByRole('region', { name: 'What this article says' });
    expect(within(digest).getByRole('heading', { level: 2 })).toHaveTextContent('What this article says');
    const items = within(within(digest).getByRole('list')).getAllByRole('listitem');
    const texts = items.map((item) => item.textContent ?? '');
    const at = (text: string) => texts.findIndex((item) => item.includes(text));
    // Sentence 2 (the release date and the female directors) before sentence 4 (the misspelt showrunner) before the
    // cast and the producers.
    expect(at("Season 2 due on Netflix, on International Women's Day")).toBe(0);
    expect(at('Every episode of Season 2 has a female director.')).toBeLessThan(
      at('Melissa Rosenberg is named “Melissa Rosenburg” in this article'),
    );
    expect(at('Melissa Rosenberg is named “Melissa Rosenburg” in this article')).toBeLessThan(
      at('Jeri Hogarth is played by Carrie-Anne Moss'),
    );
    expect(at('Jeri Hogarth is played by Carrie-Anne Moss')).toBeLessThan(
      at('executive produced by showrunner Melissa Rosenberg'),
    );
    expect(
      within(items[at('Jeri Hogarth is played by Carrie-Anne Moss')] as HTMLElement).getByRole('link', {
        name: 'Jeri Hogarth',
      }),
    ).toHaveAttribute('href', '/characters/jeri-hogarth');
    expect(within(items[0] as HTMLElement).getByRole('link', { name: 'Season 2' })).toHaveAttribute(
      'href',
      '/seasons/2',
    );
  });

  it('hides a statement that spoils a season the fan has not watched until “show” reveals it', async () => {
    await renderRoute(featuretteArticle, { openDatabase: openSeedDatabase });
    const digest = await screen.findByRole('region', { name: 'What this article says' });
    expect(within(digest).queryByText(/had to find a way to follow a villain like Kilgrave/)).toBeNull();
    const [firstHidden] = within(digest).getAllByRole('button', { name: 'Spoiler for Season 1 — show' });
    await userEvent.click(firstHidden as HTMLElement);
    expect(within(digest).getByText(/had to find a way to follow a villain like Kilgrave/)).toBeInTheDocument();
  });
});
