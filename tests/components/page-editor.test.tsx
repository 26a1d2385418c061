// The page editor over the fixture corpus, as a fan uses it: problems shown at their fields (and in a summary that
// leads to them), the citation every statement needs, a new character whose address never collides, a fact cited to a
// source the fan adds (a javascript: address refused at its field), a failed write that keeps every word, a draft that
// survives leaving, and the question before leaving with unsaved changes.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../src/db/database';
import { renderRoute } from './render-route';

const database = async () => (await getDatabase()).db;
const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

const textbox = (name: string) => screen.getByRole('textbox', { name });

/** Adds a fact at the end of the page's facts and types its text; returns the fact's group. */
async function addFact(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByRole('button', { name: 'Add a fact' }));
  const facts = screen.getAllByRole('group', { name: /^Fact \d+$/ });
  const fact = facts[facts.length - 1]!;
  const field = within(fact).getByRole('textbox', { name: 'Fact' });
  await waitFor(() => expect(field).toHaveFocus());
  await user.type(field, text);
  return fact;
}

// Each keystroke re-renders a whole page's form; on a busy 2-core machine a test takes seconds.
describe('the page editor', { timeout: 30_000 }, () => {
  it('shows a refused field’s problem at the field and in a summary that leads to it, writing nothing', async () => {
    const user = userEvent.setup();
    const { heading } = await renderRoute('/characters/test-heroine/edit');
    expect(heading).toHaveTextContent('Edit Test Heroine');
    const name = textbox('Name');
    expect(name).toHaveValue('Test Heroine');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('region', { name: 'One field needs a change before saving' });
    expect(summary).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('this can’t be empty');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Name']);
    await user.click(within(summary).getByRole('link', { name: 'Name' }));
    expect(name).toHaveFocus();
    expect(await (await database()).edits.count()).toBe(0);
  });

  it('refuses an uncited statement, with the message at its citation', async () => {
    const user = userEvent.setup();
    await renderRoute('/characters/test-heroine/edit');
    const fact = await addFact(user, 'Test Heroine keeps a fixture office.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const sources = within(fact).getByRole('group', { name: 'Cited sources' });
    await waitFor(() => expect(sources).toHaveAccessibleDescription('every statement cites at least one source'));
    const summary = screen.getByRole('region', { name: 'One field needs a change before saving' });
    expect(within(summary).getByRole('link', { name: 'Fact 3 › Cited sources' })).toBeInTheDocument();
    expect(await (await database()).edits.count()).toBe(0);
  });

  it('creates a character whose address comes from the name and never takes an existing one', async () => {
    const user = userEvent.setup();
    const { heading, router } = await renderRoute('/characters/new');
    expect(heading).toHaveTextContent('New character');
    await user.type(textbox('Name'), 'Test Heroine');
    expect(await screen.findByText('Its address will be /characters/test-heroine-2')).toBeInTheDocument();
    await user.type(textbox('Summary'), 'A second fixture heroine.');
    const [summarySources] = screen.getAllByRole('group', { name: 'Cited sources' });
    await user.click(within(summarySources!).getByRole('checkbox', { name: /Fixture article A/ }));
    await user.click(screen.getByRole('button', { name: 'Create character' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/characters/test-heroine-2'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Test Heroine' })).toBeInTheDocument();
    expect(screen.getByText('A second fixture heroine.')).toBeInTheDocument();
  });

  it('adds a fact cited to a new source, refusing a javascript: address at its field', async () => {
    const user = userEvent.setup();
    const { router } = await renderRoute('/characters/test-heroine/edit');
    const fact = await addFact(user, 'Test Heroine gave a fixture interview.');
    await user.click(within(fact).getByRole('button', { name: 'Add a new source' }));
    const form = within(fact).getByRole('group', { name: 'New source' });
    expect(within(form).getByRole('textbox', { name: 'Source title' })).toHaveFocus();
    await user.type(within(form).getByRole('textbox', { name: 'Source title' }), 'Fixture interview');
    const address = within(form).getByRole('textbox', { name: 'Address (optional)' });
    await user.type(address, 'javascript:alert(1)');
    await user.type(within(form).getByRole('textbox', { name: 'Published' }), '2024-05');
    await user.click(within(form).getByRole('button', { name: 'Add source' }));
    await waitFor(() => expect(address).toHaveAttribute('aria-invalid', 'true'));
    expect(address).toHaveFocus();
    expect(address).toHaveAccessibleDescription(expect.stringContaining('a link starts with http:// or https://'));
    await user.clear(address);
    await user.type(address, 'https://example.com/fixture-interview');
    await user.click(within(form).getByRole('button', { name: 'Add source' }));
    const cited = await within(fact).findByRole('checkbox', { name: /Fixture interview.*added by you/ });
    expect(cited).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // The location changes as the navigation starts, while the editor (which has a "Facts" region of its own) still
    // shows: the page's region is there once the navigation has resolved.
    await waitFor(() => expect(router.state.resolvedLocation?.pathname).toBe('/characters/test-heroine'));
    const facts = await screen.findByRole('region', { name: 'Facts' });
    expect(within(facts).getByText('Test Heroine gave a fixture interview.')).toBeInTheDocument();
    const added = (await (await database()).edits.toArray()).filter((edit) => edit.table === 'sources');
    expect(added.map((edit) => edit.key)).toEqual([expect.stringMatching(/^902_[0-9a-f]{16}$/)]);
    expect(added[0]?.value).toMatchObject({ title: 'Fixture interview', url: 'https://example.com/fixture-interview' });
  });

  it('says by the Save button that a failed write saved nothing, keeps every word, and saves on the next try', async () => {
    const user = userEvent.setup();
    const { router } = await renderRoute('/characters/test-heroine/edit');
    const bulkPut = vi.spyOn((await database()).edits, 'bulkPut').mockRejectedValue(quotaExceeded());
    const summary = textbox('Summary');
    await user.type(summary, ' Still a fixture.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not saved: this device’s storage is full. Everything you typed is still here.',
    );
    expect(summary).toHaveValue('A fixture private investigator. Still a fixture.');
    expect(router.state.location.pathname).toBe('/characters/test-heroine/edit');
    bulkPut.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/characters/test-heroine'));
    expect(await screen.findByText('A fixture private investigator. Still a fixture.')).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes, and keeps them as a draft it offers next time', async () => {
    const user = userEvent.setup();
    const { router, unmount } = await renderRoute('/characters/test-heroine/edit');
    await user.type(textbox('Summary'), ' Drafted.');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    const prompt = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(within(prompt).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.click(within(prompt).getByRole('button', { name: 'Keep editing' }));
    expect(router.state.location.pathname).toBe('/characters/test-heroine/edit');
    unmount();

    await renderRoute('/characters/test-heroine/edit', { openDatabase: async () => undefined });
    expect(screen.getByText(/^Restored the changes you had not saved/)).toBeInTheDocument();
    expect(textbox('Summary')).toHaveValue('A fixture private investigator. Drafted.');
    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(textbox('Summary')).toHaveValue('A fixture private investigator.');
    expect(localStorage.length).toBe(0);
  });

  it.each([
    ['/people/test-actor/edit', 'Edit Test Actor', 'Roles'],
    ['/seasons/1/edit', 'Edit Season 1', 'Directors'],
    ['/series/other-show/edit', 'Edit Other Show', 'Platform'],
    ['/topics/trauma/edit', 'Edit Trauma', 'Other words fans search for it by'],
    ['/places/test-city/edit', 'Edit Test City', 'Summary'],
    ['/sources/900_aaaaaaaaaaaaaaaa/edit', 'Edit Fixture article A', 'Address (optional)'],
    ['/people/new', 'New person', 'Roles'],
    ['/seasons/new', 'New season', 'Directors'],
    ['/sources/new', 'New source', 'Address (optional)'],
  ])('opens %s with its own fields', async (path, title, field) => {
    const { heading } = await renderRoute(path);
    expect(heading).toHaveTextContent(title);
    // A field by its label, or a list of them by its legend.
    expect(screen.queryByLabelText(field) ?? screen.queryByRole('group', { name: field })).toBeInTheDocument();
  });

  it('shows the kind’s “not found” page for a page that does not exist', async () => {
    const { heading } = await renderRoute('/characters/nobody/edit');
    expect(heading).not.toHaveTextContent(/^Edit/);
    expect(screen.getByText(/nobody/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('refuses a person without a role at the list of roles', async () => {
    const user = userEvent.setup();
    await renderRoute('/people/new');
    await user.type(textbox('Name'), 'Fixture Writer');
    await user.click(screen.getByRole('button', { name: 'Create person' }));
    const roles = screen.getByRole('group', { name: 'Roles' });
    await waitFor(() => expect(roles).toHaveAccessibleDescription('add at least one'));
  });
});
