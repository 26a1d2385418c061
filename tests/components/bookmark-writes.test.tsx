// Writes a fan makes on bookmarks, notes and the spoiler level, when storage fails and when the stored data changes
// under them (another tab, an import): each failure shows where the fan acted and keeps their input; the note box
// follows the stored note, asks when it changed while the fan was typing, and no keystroke is lost to Remove and Undo;
// a damaged row shows as such; a toggle reads only its own bookmark.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityRef } from '../../src/content/schema';
import { getDatabase } from '../../src/db/database';
import { openTestDatabase } from '../fixtures/test-database';
import { renderRoute } from './render-route';

const villain: EntityRef = 'characters:test-villain';
const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const database = async () => (await getDatabase()).db;

afterEach(() => vi.restoreAllMocks());

/** A fresh database holding Test Villain's bookmark and these notes; render with `open` so the route uses it. */
async function bookmarksPage(notes: Record<string, string> = {}) {
  const { db } = await openTestDatabase();
  await db.bookmarks.put({ ref: villain, title: 'Test Villain', addedAt: Date.UTC(2026, 0, 1) });
  for (const [ref, text] of Object.entries(notes)) await db.notes.put({ ref: ref as EntityRef, text, updatedAt: 1 });
}

const open = (path: string) => renderRoute(path, { openDatabase: async () => undefined });
const noteBox = () => screen.findByRole('textbox', { name: 'Note on Test Villain' });

describe('when storage refuses a write', () => {
  it('the star stays as stored and says why, beside itself', async () => {
    await renderRoute('/characters/test-villain');
    vi.spyOn((await database()).bookmarks, 'put').mockRejectedValue(quotaExceeded());
    const toggle = await screen.findByRole('button', { name: 'Bookmark Test Villain' });
    await waitFor(() => expect(toggle).toBeEnabled());
    await userEvent.click(toggle);
    expect(await screen.findByRole('alert')).toHaveTextContent('Not bookmarked: this device’s storage is full.');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  it('a note says it was not saved, keeps the text, and saves it on the next keystroke once storage works', async () => {
    await bookmarksPage();
    const db = await database();
    await open('/bookmarks');
    const put = vi.spyOn(db.notes, 'put').mockRejectedValue(quotaExceeded());
    const box = await noteBox();
    await userEvent.type(box, 'Purple');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not saved: this device’s storage is full. Your text is still here',
    );
    expect(box).toHaveValue('Purple');
    expect(screen.queryByText('Saving…')).toBeNull();
    put.mockRestore();
    await userEvent.type(box, '!');
    await screen.findByText('Saved');
    expect((await db.notes.get(villain))?.text).toBe('Purple!');
  });

  it('Retry saves the kept text', async () => {
    await bookmarksPage();
    const db = await database();
    await open('/bookmarks');
    const put = vi.spyOn(db.notes, 'put').mockRejectedValue(quotaExceeded());
    await userEvent.type(await noteBox(), 'Kept');
    await screen.findByRole('alert');
    put.mockRestore();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText('Saved');
    expect((await db.notes.get(villain))?.text).toBe('Kept');
  });

  it('the spoiler menu keeps showing the stored level, and names it, when a choice is not saved', async () => {
    await renderRoute('/characters/test-villain');
    vi.spyOn((await database()).settings, 'put').mockRejectedValue(quotaExceeded());
    const menu = screen.getByRole('combobox', { name: 'I have watched' });
    expect(menu).toHaveValue('0');
    await userEvent.selectOptions(menu, 'all');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“Everything” was not saved (this device’s storage is full); still showing spoilers for: Nothing yet.',
    );
    expect(menu).toHaveValue('0');
  });

  it('Remove says it failed and the bookmark stays', async () => {
    await bookmarksPage();
    await open('/bookmarks');
    vi.spyOn((await database()).bookmarks, 'delete').mockRejectedValue(quotaExceeded());
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Test Villain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not remove');
    expect(screen.getByRole('link', { name: 'Test Villain' })).toBeInTheDocument();
  });
});

describe('the note box and the stored note', () => {
  it('follows a note stored elsewhere while the fan isn’t typing', async () => {
    await bookmarksPage({ [villain]: 'Old' });
    await open('/bookmarks');
    const box = await noteBox();
    expect(box).toHaveValue('Old');
    await (await database()).notes.put({ ref: villain, text: 'Written in another tab', updatedAt: 2 });
    await waitFor(() => expect(box).toHaveValue('Written in another tab'));
  });

  it('never overwrites a note changed elsewhere while the fan types: it shows it and keeps both on request', async () => {
    await bookmarksPage({ [villain]: 'Old' });
    const db = await database();
    await open('/bookmarks');
    const box = await noteBox();
    await userEvent.type(box, ' and mine');
    await db.notes.put({ ref: villain, text: 'Theirs', updatedAt: 2 });
    const conflict = await screen.findByRole('alert');
    expect(conflict).toHaveTextContent('changed somewhere else');
    expect(within(conflict).getByText('Theirs')).toBeInTheDocument();
    expect(box).toHaveValue('Old and mine');
    await userEvent.click(within(conflict).getByRole('button', { name: 'Keep both' }));
    await screen.findByText('Saved');
    expect((await db.notes.get(villain))?.text).toBe('Old and mine\n\nTheirs');
  });

  it('Remove takes the note with it, and Undo brings back the text typed up to the click', async () => {
    await bookmarksPage({ [villain]: 'Old' });
    const db = await database();
    await open('/bookmarks');
    await userEvent.type(await noteBox(), ' + last words');
    await userEvent.click(screen.getByRole('button', { name: 'Remove Test Villain' }));
    await screen.findByText('Removed “Test Villain”.');
    expect(await db.notes.get(villain)).toBeUndefined();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.notes.get(villain))?.text).toBe('Old + last words'));
    expect(await noteBox()).toHaveValue('Old + last words');
  });

  it('keeps what the fan was typing when another tab removes the bookmark, and saves it when Undo brings it back', async () => {
    await bookmarksPage({ [villain]: 'Old' });
    const db = await database();
    await open('/bookmarks');
    await userEvent.type(await noteBox(), ' typed here');
    // Another tab's Remove: the bookmark and its note go.
    await db.transaction('rw', db.bookmarks, db.notes, () =>
      Promise.all([db.bookmarks.delete(villain), db.notes.delete(villain)]),
    );
    const stranded = await screen.findByText(/was removed \(perhaps in another tab\) while you were writing its note/);
    expect(stranded.closest('[role=alert]')).toHaveTextContent('Old typed here');
    expect(await db.notes.get(villain)).toBeUndefined();
    // Its Undo.
    await db.transaction('rw', db.bookmarks, db.notes, async () => {
      await db.bookmarks.put({ ref: villain, title: 'Test Villain', addedAt: Date.UTC(2026, 0, 1) });
      await db.notes.put({ ref: villain, text: 'Old', updatedAt: 1 });
    });
    await waitFor(async () => expect((await db.notes.get(villain))?.text).toBe('Old typed here'));
    expect(screen.queryByText(/while you were writing its note/)).toBeNull();
  });
});

describe('the list', () => {
  it('shows a damaged bookmark as damaged, with a Remove that works, instead of failing the page', async () => {
    await bookmarksPage();
    const db = await database();
    await db.bookmarks.put({ ref: 'characters:test-heroine', title: 'Test Heroine', addedAt: 9_000_000_000_000_000 });
    await db.bookmarks.put({ ref: 'topics:bad-title', title: 7 as unknown as string, addedAt: 1 });
    const { heading } = await open('/bookmarks');
    expect(heading).toHaveTextContent('Bookmarks');
    expect(screen.getByRole('link', { name: 'Test Villain' })).toBeInTheDocument();
    expect(screen.getByText('its date isn’t a date')).toBeInTheDocument();
    expect(screen.getByText('its title isn’t text')).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('button', { name: 'Remove the damaged bookmark' })[0] as HTMLElement);
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Remove the damaged bookmark' })).toHaveLength(1));
  });

  it('shows a note whose page isn’t bookmarked', async () => {
    await bookmarksPage();
    const db = await database();
    await db.notes.put({
      ref: 'characters:test-heroine',
      text: 'A note from an import',
      updatedAt: Date.UTC(2026, 0, 2),
    });
    await open('/bookmarks');
    expect(await screen.findByText(/Note only, not bookmarked/)).toBeInTheDocument();
    expect(screen.getByDisplayValue('A note from an import')).toBeInTheDocument();
    expect(screen.getByText('2 saved')).toBeInTheDocument();
  });

  it('a toggle reads only its own bookmark: the cached list is updated by key, never re-read whole', async () => {
    await bookmarksPage();
    const db = await database();
    const { router } = await open('/bookmarks');
    await router.navigate({ to: '/characters/$slug', params: { slug: 'test-heroine' } });
    const toggle = await screen.findByRole('button', { name: /^Bookmark / });
    await waitFor(() => expect(toggle).toBeEnabled());
    const wholeReads = [
      vi.spyOn(db.bookmarks, 'toArray'),
      vi.spyOn(db.notes, 'toArray'),
      vi.spyOn(db.bookmarks, 'count'),
    ];
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    await router.navigate({ to: '/bookmarks', search: { sort: 'title', type: 'all' } });
    await waitFor(() => expect(screen.getByText('2 saved')).toBeInTheDocument());
    for (const read of wholeReads) expect(read).not.toHaveBeenCalled();
  });
});
