// A page's history over a fixture corpus: the revisions listed, a word diff between two, a revert that is a new
// revision and shows on the page, and deleting a page the fan created.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/content/tables';
import { saveEdit } from '../fixtures/fan-edits';
import { sourceB } from '../fixtures/small-corpus';
import { openTestDatabase } from '../fixtures/test-database';
import { renderRoute } from './render-route';

async function villainWithTwoSaves() {
  const { db } = await openTestDatabase();
  await saveEdit(
    db,
    'characters:test-villain',
    (document) => ({
      ...document,
      page: {
        ...(document.page as Row<'characters'>),
        summary: { text: 'A cruel fixture villain.', sources: [sourceB] },
      },
    }),
    'Sharper summary',
  );
  await saveEdit(db, 'characters:test-villain', (document) => ({
    ...document,
    page: { ...(document.page as Row<'characters'>), name: 'The Villain' },
  }));
  return db;
}

describe('page history', { timeout: 30_000 }, () => {
  it('lists the published version and each save, and shows the latest against the one before, word by word', async () => {
    const db = await villainWithTwoSaves();
    const { heading } = await renderRoute('/characters/test-villain/history', { openDatabase: async () => db });
    expect(heading).toHaveTextContent('History of The Villain');
    const revisions = within(screen.getByRole('region', { name: 'Revisions' })).getAllByRole('listitem');
    expect(revisions.map((item) => item.querySelector('p')?.textContent)).toEqual([
      expect.stringMatching(/^#1 Published version, /),
      expect.stringMatching(/^#2 Saved, .* — Sharper summary$/),
      expect.stringMatching(/^#3 Saved, /),
    ]);
    const compare = await screen.findByRole('region', { name: 'Compare two versions' });
    expect(within(compare).getByRole('term')).toHaveTextContent('Name');
    expect(compare.querySelector('del')).toHaveTextContent('Test');
    expect(compare.querySelector('ins')).toHaveTextContent('The');

    await userEvent.selectOptions(within(compare).getByRole('combobox', { name: 'From' }), '0');
    expect(
      within(compare)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Name', 'Summary']);
    expect([...compare.querySelectorAll('ins')].map((ins) => ins.textContent?.trim())).toContain('cruel');
  });

  it('reverts to a revision as a new revision, and the page shows the reverted text', async () => {
    const db = await villainWithTwoSaves();
    const { router } = await renderRoute('/characters/test-villain/history', { openDatabase: async () => db });
    await userEvent.click(screen.getByRole('button', { name: 'Revert to #1' }));
    const revisions = screen.getByRole('region', { name: 'Revisions' });
    await waitFor(() => expect(within(revisions).getAllByRole('listitem')).toHaveLength(4));
    expect(within(revisions).getAllByRole('listitem')[3]).toHaveTextContent(/^#4 Reverted, .* — Reverted to #1/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('History of Test Villain');

    await router.navigate({ to: '/characters/$slug', params: { slug: 'test-villain' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Test Villain' })).toBeInTheDocument();
    expect(screen.getByText('A fixture villain.')).toBeInTheDocument();
  });

  it('deletes a page the fan created as a revision, which a revert brings back', async () => {
    const { db } = await openTestDatabase();
    await saveEdit(db, 'places:fan-bar', (document) => ({
      ...document,
      page: { slug: 'fan-bar', name: 'Fan Bar', summary: { text: 'A bar a fan added.', sources: [sourceB] } },
    }));
    await renderRoute('/places/fan-bar/history', { openDatabase: async () => db });
    await userEvent.click(screen.getByRole('button', { name: 'Delete this page' }));
    const revisions = screen.getByRole('region', { name: 'Revisions' });
    await waitFor(() => expect(within(revisions).getAllByRole('listitem')).toHaveLength(2));
    expect(within(revisions).getAllByRole('listitem')[1]).toHaveTextContent(/^#2 Deleted the page/);
    expect(screen.queryByRole('button', { name: 'Delete this page' })).toBeNull();
    const compare = await screen.findByRole('region', { name: 'Compare two versions' });
    expect([...compare.querySelectorAll('del')].map((del) => del.textContent)).toContain(
      `A bar a fan added. (cites ${sourceB})`,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Revert to #1' }));
    await waitFor(() => expect(within(revisions).getAllByRole('listitem')).toHaveLength(3));
    expect(screen.getByRole('link', { name: 'Back to Fan Bar' })).toBeInTheDocument();
  });

  it('says a page without edits is as published', async () => {
    await renderRoute('/seasons/1/history');
    expect(screen.getByText('No changes yet: this page is as published.')).toBeInTheDocument();
  });

  it('says an unknown page is not found', async () => {
    const { heading } = await renderRoute('/characters/nobody-at-all/history');
    expect(heading).not.toHaveTextContent('History');
  });
});
