// /edits over a fixture corpus: an export imported into a fresh database gives the same page, a preview shows a
// conflict with the fan's own edit, a broken file is refused with a message and changes nothing, and an imported pack
// is undone as a unit.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { editPackFormat, editPackVersion, type EditPack } from '../../src/content/edit-pack';
import type { Row } from '../../src/content/tables';
import { readPageDocument } from '../../src/db/read-page-document';
import type { WikiDatabase } from '../../src/db/wiki-database';
import { saveEdit } from '../fixtures/fan-edits';
import { smallCorpus, sourceB } from '../fixtures/small-corpus';
import { openTestDatabase } from '../fixtures/test-database';
import { renderRoute } from './render-route';

const villain = 'characters:test-villain' as const;
const publishedVillain = () => smallCorpus().characters.find((row) => row.slug === 'test-villain') as Row<'characters'>;

const renameVillain = (db: WikiDatabase, name: string) =>
  saveEdit(db, villain, (document) => ({ ...document, page: { ...(document.page as Row<'characters'>), name } }));

/** A pack renaming the villain, as another fan's export would hold it. */
const renamePack = (name: string): EditPack => ({
  format: editPackFormat,
  version: editPackVersion,
  corpusHash: 'fixture-hash',
  createdAt: '2026-12-01T12:00:00.000Z',
  title: 'Villain name',
  changes: [
    { table: 'characters', key: 'test-villain', base: publishedVillain(), value: { ...publishedVillain(), name } },
  ],
});

const packFile = (text: string) => new File([text], 'pack.json', { type: 'application/json' });

async function importFile(text: string) {
  await userEvent.upload(screen.getByLabelText('Import a pack'), packFile(text));
}

let downloads: Blob[];
beforeEach(() => {
  downloads = [];
  URL.createObjectURL = (blob: Blob) => {
    downloads.push(blob);
    return 'blob:pack';
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('edit packs on /edits', { timeout: 30_000 }, () => {
  it('exports the edits, and importing the file into a fresh wiki gives the same page', async () => {
    const { db: mine } = await openTestDatabase();
    await saveEdit(mine, villain, (document) => ({
      ...document,
      page: {
        ...(document.page as Row<'characters'>),
        name: 'The Villain',
        summary: { text: 'A cruel fixture villain.', sources: [sourceB] },
      },
    }));
    const first = await renderRoute('/edits', { openDatabase: async () => mine });
    expect(screen.getByText('Character test-villain: applied')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'history' })).toHaveAttribute('href', '/characters/test-villain/history');
    await userEvent.type(screen.getByLabelText('Title (optional)'), 'Sharper villain');
    await userEvent.click(screen.getByRole('button', { name: 'Export all' }));
    expect(
      await screen.findByText(/^Exported jessica-jones-wiki-edits-sharper-villain-\d{4}-\d\d-\d\d\.json\.$/),
    ).toHaveRole('status');
    const exported = await (downloads[0] as Blob).text();
    first.unmount();

    const { db: theirs } = await openTestDatabase();
    await renderRoute('/edits', { openDatabase: async () => theirs });
    await importFile(exported);
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(within(preview).getByRole('heading', { level: 3 })).toHaveTextContent('Sharper villain');
    expect(within(preview).getByRole('checkbox', { name: /Changes Character test-villain: new/ })).toBeChecked();
    await userEvent.click(within(preview).getByRole('button', { name: 'Apply 1 chosen change' }));
    expect(await within(preview).findByText('Applied 1 changes.')).toBeInTheDocument();
    expect(await readPageDocument(theirs, villain)).toEqual(await readPageDocument(mine, villain));
    expect(await within(preview).findByRole('checkbox', { name: /already applied/ })).toBeDisabled();
  });

  it('shows a conflict with the fan’s own edit, unchosen until the fan picks it', async () => {
    const { db } = await openTestDatabase();
    await renameVillain(db, 'Mine');
    await renderRoute('/edits', { openDatabase: async () => db });
    await importFile(JSON.stringify(renamePack('Theirs')));
    const preview = await screen.findByRole('region', { name: 'Preview' });
    const conflict = within(preview).getByRole('checkbox', { name: /conflict: you changed it differently/ });
    expect(conflict).not.toBeChecked();
    expect(within(preview).getByRole('button', { name: 'Apply 0 chosen changes' })).toBeDisabled();
    expect(preview.querySelector('del')).toHaveTextContent('Mine');
    expect(preview.querySelector('ins')).toHaveTextContent('Theirs');
  });

  it('refuses a broken file with a message and changes nothing', async () => {
    const { db } = await openTestDatabase();
    await renderRoute('/edits', { openDatabase: async () => db });
    await importFile(JSON.stringify(renamePack('Theirs')).slice(0, 80));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^The file is not a whole JSON file: .* Nothing was changed\./,
    );
    expect(screen.queryByRole('region', { name: 'Preview' })).toBeNull();
    expect(await db.edits.count()).toBe(0);
    expect(await db.revisions.count()).toBe(0);
  });

  it('undoes an imported pack as a unit', async () => {
    const { db } = await openTestDatabase();
    await renderRoute('/edits', { openDatabase: async () => db });
    await importFile(JSON.stringify(renamePack('Theirs')));
    const preview = await screen.findByRole('region', { name: 'Preview' });
    await userEvent.click(within(preview).getByRole('button', { name: 'Apply 1 chosen change' }));
    await waitFor(async () => expect((await readPageDocument(db, villain)).page).toMatchObject({ name: 'Theirs' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Undo “Villain name”' }));
    expect(await screen.findByText(/^Undone: 1 rows back as they were\.$/)).toBeInTheDocument();
    expect((await readPageDocument(db, villain)).page).toMatchObject({ name: publishedVillain().name });
    expect(await screen.findByText('No imported pack is showing in your wiki.')).toBeInTheDocument();
  });
});
