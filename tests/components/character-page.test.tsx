// The character page over a fixture corpus: infobox, citations, relationships, facts and quotes.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

describe('character page', () => {
  it('shows the name as the only h1 and sets the document title', async () => {
    const { heading } = await renderRoute('/characters/test-heroine');
    expect(heading).toHaveTextContent('Test Heroine');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await waitFor(() => expect(document.title).toBe('Test Heroine — Jessica Jones Wiki'));
  });

  it('shows an infobox with aliases, the actor, seasons and occupation, each cited', async () => {
    await renderRoute('/characters/test-heroine');
    const infobox = screen.getByRole('complementary', { name: 'Test Heroine at a glance' });
    expect(within(infobox).getByText('Testy')).toBeInTheDocument();
    expect(within(infobox).getByRole('link', { name: 'Test Actor' })).toHaveAttribute('href', '/people/test-actor');
    expect(within(infobox).getByRole('link', { name: 'Season 1' })).toHaveAttribute('href', '/seasons/1');
    expect(within(infobox).getByText('Private investigator')).toBeInTheDocument();
    expect(within(infobox).getAllByRole('link', { name: /^Source \d: Fixture article/ }).length).toBeGreaterThanOrEqual(
      4,
    );
  });

  it('numbers citation markers by source and links them to the source page', async () => {
    await renderRoute('/characters/test-heroine');
    const markers = screen.getAllByRole('link', { name: 'Source 2: Fixture article B' });
    expect(markers[0]).toHaveTextContent('[2]');
    expect(markers[0]).toHaveAttribute('href', '/sources/901_bbbbbbbbbbbbbbbb');
  });

  it('lists relationships as links with their kind', async () => {
    await renderRoute('/characters/test-heroine');
    const relationships = screen.getByRole('region', { name: 'Relationships' });
    expect(within(relationships).getByRole('link', { name: 'Test Villain' })).toHaveAttribute(
      'href',
      '/characters/test-villain',
    );
    expect(within(relationships).getByText('nemesis')).toBeInTheDocument();
  });

  it('shows facts, hiding a spoiler until “show” reveals that one fact, and quotes with their speaker and the references cited', async () => {
    await renderRoute('/characters/test-heroine');
    const facts = screen.getByRole('region', { name: 'Facts' });
    expect(within(facts).getByText('Test Heroine works as an investigator in Test City.')).toBeInTheDocument();
    expect(within(facts).queryByText('Test Heroine defeats Test Villain.')).toBeNull();
    await userEvent.click(within(facts).getByRole('button', { name: 'Spoiler for Season 1 — show' }));
    expect(within(facts).getByText('Test Heroine defeats Test Villain.')).toBeInTheDocument();
    expect(within(facts).getByText('Spoiler · Season 1')).toBeInTheDocument();
    const quotes = screen.getByRole('region', { name: 'Quotes' });
    expect(within(quotes).getByText('“She is a fixture.”')).toBeInTheDocument();
    expect(within(quotes).getByRole('link', { name: 'Test Actor' })).toBeInTheDocument();
    const references = await screen.findByRole('region', { name: 'References' });
    expect(
      within(references)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringContaining('Fixture article A'), expect.stringContaining('Fixture article B')]);
  });
});
