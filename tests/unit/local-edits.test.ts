// Fans' edits in the data layer: the readers return published ⊕ local for every kind (change, add, remove), "as
// published" leaves edits out, a save records the published version and a revision, and a new corpus re-bases the
// edits (untouched, merged, same-field conflict, upstream removal).
import { describe, expect, it } from 'vitest';
import { documentChanges, type PageDocument } from '../../src/content/page-document';
import { entityRef } from '../../src/content/refs';
import type { EntityKind, EntityRef } from '../../src/content/schema';
import { keyOf, pageName, type Row } from '../../src/content/tables';
import { loadCorpusIfChanged } from '../../src/db/load-corpus';
import { readCounts, readPages, readTable, readWhere } from '../../src/db/read-content';
import { mergeFields } from '../../src/db/rebase-edits';
import { sameData } from '../../src/content/row-fields';
import { readPageDocument } from '../../src/db/read-page-document';
import { saveChanges } from '../../src/db/save-edits';
import type { WikiDatabase } from '../../src/db/wiki-database';
import { smallCorpus, sourceA } from '../fixtures/small-corpus';
import { openTestDatabase } from '../fixtures/test-database';

/** Saves `next` as the fan's version of its page, as the editor does. */
async function save(db: WikiDatabase, next: PageDocument, summary?: string) {
  const current = await readPageDocument(db, next.ref);
  const changes = documentChanges(current, next, sameData);
  return saveChanges(db, { page: next.ref, kind: 'save', summary, changes, snapshot: next });
}

function renamed<K extends EntityKind>(row: Row<K>, name: string): Row<K> {
  return 'title' in row ? { ...row, title: name } : { ...row, name };
}

const kinds: EntityKind[] = ['characters', 'people', 'seasons', 'series', 'topics', 'places', 'sources'];

describe('the readers overlay the fan’s edits', () => {
  it.each(kinds)('changes, adds and removes a page of %s', async (kind) => {
    const { db } = await openTestDatabase();
    const [first] = await readTable(db, kind);
    if (!first) throw new Error(`the fixture has no ${kind}`);
    const ref = entityRef(kind, keyOf(kind, first));
    const document = await readPageDocument(db, ref);
    await save(db, { ...document, page: renamed(first, 'Renamed by a fan') });

    const [changed] = await readPages(db, kind, [keyOf(kind, first)]);
    expect(changed && pageName(changed)).toBe('Renamed by a fan');
    expect(changed?.localEdit).toEqual({
      state: 'applied',
      added: false,
      fields: ['title' in first ? 'title' : 'name'],
    });
    const [published] = await readPages(db, kind, [keyOf(kind, first)], 'published');
    expect(published && pageName(published)).toBe(pageName(first));

    const key = kind === 'seasons' ? 99 : kind === 'sources' ? '999_0123456789abcdef' : 'fan-added-page';
    const added = { ...first, [kind === 'seasons' ? 'number' : kind === 'sources' ? 'id' : 'slug']: key } as Row<
      typeof kind
    >;
    const addedRef = entityRef(kind, key);
    await save(db, { ref: addedRef, page: added, statements: (await readPageDocument(db, addedRef)).statements });
    expect((await readTable(db, kind)).map((row) => keyOf(kind, row))).toContain(key);
    expect((await readPages(db, kind, [key]))[0]?.localEdit?.added).toBe(true);

    await save(db, { ...(await readPageDocument(db, ref)), page: null });
    expect(await readPages(db, kind, [keyOf(kind, first)])).toEqual([]);
    expect(await readPages(db, kind, [keyOf(kind, first)], 'published')).toHaveLength(1);
  });

  it('adds, changes and removes statements, and the counts follow', async () => {
    const { db } = await openTestDatabase();
    const ref: EntityRef = 'characters:test-villain';
    const document = await readPageDocument(db, ref);
    expect(document.statements.facts.map((fact) => fact.id)).toEqual(['heroine-defeats-villain']);
    expect((await readCounts(db, 'facts', 'about')).get(ref)).toBe(1);
    const newFact = { id: 'villain-fan-fact', text: 'A fan adds this.', about: [ref], sources: [sourceA] };
    await save(db, {
      ...document,
      statements: { ...document.statements, facts: [...document.statements.facts, newFact] },
    });
    expect((await readWhere(db, 'facts', 'about', [ref])).map((fact) => fact.id)).toEqual([
      'heroine-defeats-villain',
      'villain-fan-fact',
    ]);
    expect((await readCounts(db, 'facts', 'about')).get(ref)).toBe(2);
    expect((await readCounts(db, 'facts', 'about', 'published')).get(ref)).toBe(1);

    const again = await readPageDocument(db, ref);
    await save(db, { ...again, statements: { ...again.statements, facts: [newFact] } });
    expect((await readWhere(db, 'facts', 'about', [ref])).map((fact) => fact.id)).toEqual(['villain-fan-fact']);
    expect((await readWhere(db, 'facts', 'about', ['characters:test-heroine'])).map((fact) => fact.id)).toEqual([
      'heroine-investigates',
    ]);
  });

  it('records the published version before the first save, then one revision per save', async () => {
    const { db } = await openTestDatabase();
    const ref = 'characters:test-villain';
    const document = await readPageDocument(db, ref);
    const summary = {
      ...document.page,
      summary: { text: 'A fan’s villain.', sources: [sourceA] },
    } as Row<'characters'>;
    await save(db, { ...document, page: summary }, 'Sharper summary');
    await save(db, { ...document, page: renamed(summary, 'Villain') });
    const revisions = await db.revisions.where('page').equals(ref).toArray();
    expect(revisions.map((revision) => [revision.kind, revision.summary])).toEqual([
      ['published', undefined],
      ['save', 'Sharper summary'],
      ['save', undefined],
    ]);
    expect(revisions[0]?.snapshot.page).toEqual(smallCorpus().characters[1]);
    expect(revisions[2]?.changes).toEqual([
      expect.objectContaining({
        table: 'characters',
        key: 'test-villain',
        after: expect.objectContaining({ name: 'Villain' }),
      }),
    ]);
  });
});

describe('a new corpus re-bases the edits', () => {
  async function editedVillain() {
    const { db } = await openTestDatabase();
    const ref = 'characters:test-villain';
    const document = await readPageDocument(db, ref);
    const page = document.page as Row<'characters'>;
    await save(db, { ...document, page: { ...page, summary: { text: 'The fan’s summary.', sources: [sourceA] } } });
    return db;
  }
  const reload = (db: WikiDatabase, change: (corpus: ReturnType<typeof smallCorpus>) => void) => {
    const corpus = smallCorpus();
    change(corpus);
    return loadCorpusIfChanged(db, { hash: 'next-corpus', load: async () => corpus });
  };
  const villain = async (db: WikiDatabase) => (await readPages(db, 'characters', ['test-villain']))[0];

  it('keeps an edit upstream left alone, and takes upstream’s change to another field', async () => {
    const db = await editedVillain();
    await reload(db, (corpus) => {
      const row = corpus.characters[1];
      if (row) row.name = 'Upstream Villain';
    });
    const row = await villain(db);
    expect(row?.name).toBe('Upstream Villain');
    expect(row?.summary.text).toBe('The fan’s summary.');
    expect(row?.localEdit).toEqual({ state: 'applied', added: false, fields: ['summary'] });
  });

  it('marks a conflict when upstream changed the same field, and shows the fan’s version with both kept', async () => {
    const db = await editedVillain();
    await reload(db, (corpus) => {
      const row = corpus.characters[1];
      if (row) row.summary = { text: 'Upstream’s summary.', sources: [sourceA] };
    });
    expect((await villain(db))?.summary.text).toBe('The fan’s summary.');
    expect((await villain(db))?.localEdit?.state).toBe('conflict');
    const edit = await db.edits.get('characters/test-villain');
    expect((edit?.base as Row<'characters'>).summary.text).toBe('A fixture villain.');
    expect((edit?.published as Row<'characters'>).summary.text).toBe('Upstream’s summary.');
    expect((await readPages(db, 'characters', ['test-villain'], 'published'))[0]?.summary.text).toBe(
      'Upstream’s summary.',
    );
  });

  it('keeps an edit of a row upstream removed, marked orphaned', async () => {
    const db = await editedVillain();
    await reload(db, (corpus) => {
      corpus.characters.splice(1, 1);
      corpus.relationships = [];
      corpus.facts = corpus.facts.filter((fact) => !fact.about.includes('characters:test-villain'));
    });
    expect((await villain(db))?.localEdit?.state).toBe('orphaned');
    expect(await readPages(db, 'characters', ['test-villain'], 'published')).toEqual([]);
  });

  it('drops an edit upstream made too', async () => {
    const db = await editedVillain();
    await reload(db, (corpus) => {
      const row = corpus.characters[1];
      if (row) row.summary = { text: 'The fan’s summary.', sources: [sourceA] };
    });
    expect((await villain(db))?.localEdit).toBeUndefined();
    expect((await db.edits.get('characters/test-villain'))?.state).toBe('dropped');
  });

  it('merges fields three ways', () => {
    const base = { a: 1, b: 1, c: 1 };
    expect(mergeFields(base, { a: 2, b: 1, c: 3 }, { a: 1, b: 2, c: 4 })).toEqual({
      merged: { a: 2, b: 2, c: 3 },
      conflicts: ['c'],
    });
  });
});
