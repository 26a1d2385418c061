// What the fan's edits look like on the pages: "Your edit" and "Added by you" marks, the "As published" switch, and a
// conflict or an orphan left by a new published version, noticed on the page and settled each way on its history.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Row } from '../../src/content/tables';
import { showingPublished } from '../../src/db/local-edits';
import type { WikiDatabase } from '../../src/db/wiki-database';
import { saveEdit, shipNewCorpus } from '../fixtures/fan-edits';
import { sourceA } from '../fixtures/small-corpus';
import { openTestDatabase } from '../fixtures/test-database';
import { renderRoute } from './render-route';

afterEach(() => showingPublished.set(false));

const fanFact = {
  id: 'heroine-fan-fact',
  text: 'A fan adds this fact.',
  about: ['characters:test-heroine' as const],
  sources: [sourceA],
};

async function heroineEdited() {
  const { db } = await openTestDatabase();
  await saveEdit(db, 'characters:test-heroine', (document) => ({
    ...document,
    page: {
      ...(document.page as Row<'characters'>),
      summary: { text: 'A fan’s private investigator.', sources: [sourceA] },
    },
    statements: { ...document.statements, facts: [...document.statements.facts, fanFact] },
  }));
  return db;
}

const summaryOf = () => screen.getByText(/private investigator\.$/).closest('p');

describe('marks on what the fan changed', { timeout: 30_000 }, () => {
  it('marks a changed field “Your edit” and an added fact “Added by you”, and nothing else', async () => {
    const db = await heroineEdited();
    await renderRoute('/characters/test-heroine', { openDatabase: async () => db });
    expect(summaryOf()).toHaveTextContent('A fan’s private investigator.');
    expect(within(summaryOf() as HTMLElement).getByText('Your edit')).toBeVisible();
    const facts = screen.getByRole('region', { name: 'Facts' });
    expect(within(facts).getByText('A fan adds this fact.').closest('li')).toHaveTextContent('Added by you');
    expect(
      within(facts).getByText('Test Heroine works as an investigator in Test City.').closest('li'),
    ).not.toHaveTextContent(/Your edit|Added by you/);
    expect(screen.getAllByText(/^(Your edit|Added by you)/)).toHaveLength(2);
  });

  it('marks a page the fan created “Added by you” by its title', async () => {
    const { db } = await openTestDatabase();
    await saveEdit(db, 'places:fan-bar', (document) => ({
      ...document,
      page: { slug: 'fan-bar', name: 'Fan Bar', summary: { text: 'A bar a fan added.', sources: [sourceA] } },
    }));
    const { heading } = await renderRoute('/places/fan-bar', { openDatabase: async () => db });
    expect(heading.parentElement).toHaveTextContent('Fan BarAdded by you');
    expect(screen.queryByText('Your edit')).toBeNull();
  });
});

describe('the “As published” switch', { timeout: 30_000 }, () => {
  it('shows the page without the fan’s edits and back, only on a page with edits', async () => {
    const db = await heroineEdited();
    await renderRoute('/characters/test-heroine', { openDatabase: async () => db });
    const toggle = await screen.findByRole('button', { name: 'As published' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    await waitFor(() => expect(summaryOf()).toHaveTextContent('A fixture private investigator.'));
    expect(screen.getByRole('button', { name: 'As published' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('You are seeing the wiki as published, without your edits.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('A fan adds this fact.')).toBeNull());
    expect(screen.queryByText('Your edit')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'As published' }));
    await waitFor(() => expect(summaryOf()).toHaveTextContent('A fan’s private investigator.'));
    expect(await screen.findByText('A fan adds this fact.')).toBeInTheDocument();
  });

  it('is not offered on a page without edits', async () => {
    await renderRoute('/characters/test-villain');
    expect(await screen.findByRole('link', { name: 'History' })).toHaveAttribute(
      'href',
      '/characters/test-villain/history',
    );
    expect(screen.queryByRole('button', { name: 'As published' })).toBeNull();
  });
});

describe('a new published version that changed what the fan edited', { timeout: 30_000 }, () => {
  async function villainInConflict() {
    const { db } = await openTestDatabase();
    await saveEdit(db, 'characters:test-villain', (document) => ({
      ...document,
      page: { ...(document.page as Row<'characters'>), summary: { text: 'The fan’s villain.', sources: [sourceA] } },
    }));
    await shipNewCorpus(db, (corpus) => {
      const villain = corpus.characters[1];
      if (villain) villain.summary = { text: 'Upstream’s villain.', sources: [sourceA] };
    });
    return db;
  }

  async function settle(db: WikiDatabase, choice: string) {
    const { router } = await renderRoute('/characters/test-villain/history', { openDatabase: async () => db });
    const toSettle = screen.getByRole('region', { name: 'Changes to settle' });
    const conflict = within(toSettle).getByRole('article', { name: /^This page: / });
    await userEvent.click(within(conflict).getByRole('button', { name: choice }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Changes to settle' })).toBeNull());
    const revisions = within(screen.getByRole('region', { name: 'Revisions' })).getAllByRole('listitem');
    await router.navigate({ to: '/characters/$slug', params: { slug: 'test-villain' } });
    await screen.findByRole('heading', { level: 1, name: /Test Villain/ });
    return revisions.at(-1);
  }

  it('says so on the page, and the history shows base, published and mine side by side', async () => {
    const db = await villainInConflict();
    await renderRoute('/characters/test-villain', { openDatabase: async () => db });
    const notice = await screen.findByText(/The published version changed what you edited/);
    expect(within(notice).getByRole('link')).toHaveAttribute('href', '/characters/test-villain/history');
    expect(screen.getByText('The fan’s villain.')).toBeInTheDocument();
    expect(screen.getByText(/^Your edit, in conflict/)).toBeInTheDocument();
  });

  it('shows the three versions of the conflicting field on the history', async () => {
    const db = await villainInConflict();
    await renderRoute('/characters/test-villain/history', { openDatabase: async () => db });
    const conflict = within(screen.getByRole('region', { name: 'Changes to settle' })).getByRole('article');
    expect(within(conflict).getByRole('heading', { level: 4 })).toHaveTextContent('Summary');
    const versions = within(conflict)
      .getAllByRole('definition')
      .map((value) => value.textContent);
    expect(versions).toEqual([
      expect.stringMatching(/^A fixture villain\./),
      expect.stringMatching(/^Upstream’s villain\./),
      expect.stringMatching(/^The fan’s villain\./),
    ]);
    expect(within(conflict).getByRole('link', { name: 'Edit a merge' })).toHaveAttribute(
      'href',
      '/characters/test-villain/edit',
    );
  });

  it('keeps mine: the page shows the fan’s version, no longer in conflict, and the history records it', async () => {
    const db = await villainInConflict();
    const revision = await settle(db, 'Keep mine');
    expect(revision).toHaveTextContent(/Settled after an update, .* — Kept my version over the published one/);
    expect(screen.getByText('The fan’s villain.')).toBeInTheDocument();
    expect(screen.getByText('Your edit')).toBeInTheDocument();
    expect(screen.queryByText(/The published version changed what you edited/)).toBeNull();
  });

  it('takes the published one: the page shows it, unmarked', async () => {
    const db = await villainInConflict();
    const revision = await settle(db, 'Take the published one');
    expect(revision).toHaveTextContent(/Took the published version/);
    expect(screen.getByText('Upstream’s villain.')).toBeInTheDocument();
    expect(screen.queryByText(/Your edit/)).toBeNull();
  });

  async function villainOrphaned() {
    const { db } = await openTestDatabase();
    await saveEdit(db, 'characters:test-villain', (document) => ({
      ...document,
      page: { ...(document.page as Row<'characters'>), summary: { text: 'The fan’s villain.', sources: [sourceA] } },
    }));
    await shipNewCorpus(db, (corpus) => {
      corpus.characters.splice(1, 1);
      corpus.relationships = [];
      corpus.facts = corpus.facts.filter((fact) => !fact.about.includes('characters:test-villain'));
    });
    return db;
  }

  it('keeps an orphaned page as the fan’s own, marked “Added by you”', async () => {
    const db = await villainOrphaned();
    const { router } = await renderRoute('/characters/test-villain/history', { openDatabase: async () => db });
    const orphan = within(screen.getByRole('region', { name: 'Changes to settle' })).getByRole('article', {
      name: 'This page: the published version removed it',
    });
    await userEvent.click(within(orphan).getByRole('button', { name: 'Keep as my own' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Changes to settle' })).toBeNull());
    await router.navigate({ to: '/characters/$slug', params: { slug: 'test-villain' } });
    const heading = await screen.findByRole('heading', { level: 1, name: /Test Villain/ });
    expect(heading.parentElement).toHaveTextContent('Added by you');
    expect(screen.getByText('The fan’s villain.')).toBeInTheDocument();
  });

  it('drops an orphaned edit: the page is gone, its history keeps it', async () => {
    const db = await villainOrphaned();
    const { router } = await renderRoute('/characters/test-villain/history', { openDatabase: async () => db });
    await userEvent.click(screen.getByRole('button', { name: 'Drop my edit' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Changes to settle' })).toBeNull());
    expect(
      within(screen.getByRole('region', { name: 'Revisions' }))
        .getAllByRole('listitem')
        .at(-1),
    ).toHaveTextContent(/Dropped my edit/);
    await router.navigate({ to: '/characters/$slug', params: { slug: 'test-villain' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('Test Villain'));
  });
});
