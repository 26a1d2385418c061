// Settling what a new corpus left: a conflict kept or given up, an orphan kept as the fan's own or dropped; each stored
// with a 'resolve' revision whose snapshot is the page as it now reads.
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/content/tables';
import { readPages } from '../../src/db/read-content';
import { readPageDocument } from '../../src/db/read-page-document';
import { settleEdit } from '../../src/db/settle-edits';
import { saveEdit, shipNewCorpus } from '../fixtures/fan-edits';
import { sourceA } from '../fixtures/small-corpus';
import { openTestDatabase } from '../fixtures/test-database';

const ref = 'characters:test-villain';

async function villainEdited() {
  const { db } = await openTestDatabase();
  await saveEdit(db, ref, (document) => ({
    ...document,
    page: { ...(document.page as Row<'characters'>), summary: { text: 'The fan’s villain.', sources: [sourceA] } },
  }));
  return db;
}

async function inConflict() {
  const db = await villainEdited();
  await shipNewCorpus(db, (corpus) => {
    const villain = corpus.characters[1];
    if (villain) villain.summary = { text: 'Upstream’s villain.', sources: [sourceA] };
  });
  return db;
}

async function orphaned() {
  const db = await villainEdited();
  await shipNewCorpus(db, (corpus) => {
    corpus.characters.splice(1, 1);
    corpus.relationships = [];
    corpus.facts = corpus.facts.filter((fact) => !fact.about.includes(ref));
  });
  return db;
}

describe('settling an edit', () => {
  it('keeps mine: applied on the new published row, recorded as a resolve revision', async () => {
    const db = await inConflict();
    const id = await settleEdit(db, ref, 'characters/test-villain', 'mine');
    const edit = await db.edits.get('characters/test-villain');
    expect(edit?.state).toBe('applied');
    expect((edit?.base as Row<'characters'>).summary.text).toBe('Upstream’s villain.');
    const [villain] = await readPages(db, 'characters', ['test-villain']);
    expect(villain?.summary.text).toBe('The fan’s villain.');
    expect(villain?.localEdit).toEqual({ state: 'applied', added: false, fields: ['summary'] });
    const revision = await db.revisions.get(id);
    expect(revision?.kind).toBe('resolve');
    expect((revision?.snapshot.page as Row<'characters'>).summary.text).toBe('The fan’s villain.');
  });

  it('takes the published one: the edit is dropped, the history keeps the fan’s version', async () => {
    const db = await inConflict();
    await settleEdit(db, ref, 'characters/test-villain', 'published');
    expect((await db.edits.get('characters/test-villain'))?.state).toBe('dropped');
    expect((await readPages(db, 'characters', ['test-villain']))[0]?.localEdit).toBeUndefined();
    const revisions = await db.revisions.where('page').equals(ref).toArray();
    expect(revisions.map((revision) => revision.kind)).toEqual(['published', 'save', 'resolve']);
    expect((revisions[1]?.snapshot.page as Row<'characters'>).summary.text).toBe('The fan’s villain.');
  });

  it('keeps an orphan as the fan’s own page, or drops it', async () => {
    const kept = await orphaned();
    await settleEdit(kept, ref, 'characters/test-villain', 'own');
    expect((await readPages(kept, 'characters', ['test-villain']))[0]?.localEdit?.added).toBe(true);

    const dropped = await orphaned();
    await settleEdit(dropped, ref, 'characters/test-villain', 'drop');
    expect(await readPages(dropped, 'characters', ['test-villain'])).toEqual([]);
    expect((await readPageDocument(dropped, ref)).page).toBeNull();
  });

  it('refuses a choice that does not fit the edit’s state', async () => {
    const db = await inConflict();
    await expect(settleEdit(db, ref, 'characters/test-villain', 'own')).rejects.toThrow('settled already');
    await settleEdit(db, ref, 'characters/test-villain', 'mine');
    await expect(settleEdit(db, ref, 'characters/test-villain', 'mine')).rejects.toThrow('settled already');
  });
});
