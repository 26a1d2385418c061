// Edit packs against a fan's wiki: export → import into a fresh wiki gives the same pages and history, the preview
// groups changes by page and finds conflicts, an import applies once, refuses unknown references, and undoes as a unit.
import { describe, expect, it } from 'vitest';
import type { EditPack } from '../../src/content/edit-pack';
import { documentChanges, type PageDocument } from '../../src/content/page-document';
import type { EntityRef } from '../../src/content/schema';
import type { Row } from '../../src/content/tables';
import {
  applyEditPack,
  exportEditPack,
  importedPacks,
  packId,
  PackProblemsError,
  previewEditPack,
  undoEditPack,
} from '../../src/db/edit-packs';
import { loadCorpusIfChanged } from '../../src/db/load-corpus';
import { sameData } from '../../src/content/row-fields';
import { readPageDocument } from '../../src/db/read-page-document';
import { saveChanges } from '../../src/db/save-edits';
import type { WikiDatabase } from '../../src/db/wiki-database';
import { smallCorpus } from '../fixtures/small-corpus';
import { openTestDatabase } from '../fixtures/test-database';

async function save(db: WikiDatabase, next: PageDocument, summary?: string) {
  const current = await readPageDocument(db, next.ref);
  const changes = documentChanges(current, next, sameData);
  return saveChanges(db, { page: next.ref, kind: 'save', summary, changes, snapshot: next });
}

const villainRef: EntityRef = 'characters:test-villain';
const newSource: Row<'sources'> = {
  id: '902_cccccccccccccccc',
  title: 'A fan’s find',
  headline: 'A fan’s find',
  published: { value: '2018' },
  dateBasis: 'The page says so.',
  summary: 'An interview a fan found.',
  url: 'https://example.org/interview',
  excerpt: 'The villain was once a student.',
};
const fanFact: Row<'facts'> = {
  id: 'villain-was-a-student',
  text: 'Test Villain was once a student.',
  about: [villainRef],
  sources: [newSource.id],
};

/** A fan's wiki with edits on two pages: the villain renamed with a new fact citing a new source, a place removed. */
async function editedWiki() {
  const { db } = await openTestDatabase();
  const villain = await readPageDocument(db, villainRef);
  const source = await readPageDocument(db, 'sources:902_cccccccccccccccc');
  await save(db, { ...source, page: newSource }, 'Source');
  await save(
    db,
    {
      ...villain,
      page: { ...(villain.page as Row<'characters'>), name: 'Villain' },
      statements: { ...villain.statements, facts: [...villain.statements.facts, fanFact] },
    },
    'Renamed',
  );
  const city = await readPageDocument(db, 'places:test-city');
  await save(db, { ...city, page: null }, 'Gone');
  return db;
}

/** The name a row shows (undefined for none). */
const nameOf = (row: unknown) => (row as { name?: string } | null | undefined)?.name;
const everyId = (pack: EditPack) => pack.changes.map((change) => `${change.table}/${change.key}`);
const pages = (db: WikiDatabase) =>
  Promise.all(
    (
      [
        'characters:test-villain',
        'characters:test-heroine',
        'places:test-city',
        'sources:902_cccccccccccccccc',
      ] as const
    ).map((ref) => readPageDocument(db, ref)),
  );
const strip = (documents: PageDocument[]) =>
  JSON.parse(JSON.stringify(documents, (key, value) => (key === 'localEdit' ? undefined : value)));

describe('exportEditPack', () => {
  it('exports every live edit with its base, its value and the corpus version, titled and signed', async () => {
    const db = await editedWiki();
    const pack = await exportEditPack(db, { title: ' Villain notes ', author: 'A fan' });
    expect(pack).toMatchObject({ format: 'jessica-jones-wiki-edits', version: 1, corpusHash: 'fixture-hash' });
    expect([pack.title, pack.author]).toEqual(['Villain notes', 'A fan']);
    expect(
      pack.changes.map((change) => [change.table, change.key, change.base === null, change.value === null]),
    ).toEqual([
      ['sources', newSource.id, true, false],
      ['characters', 'test-villain', false, false],
      ['facts', fanFact.id, true, false],
      ['places', 'test-city', false, true],
    ]);
    expect(pack.changes[1]?.base).toEqual(smallCorpus().characters[1]);
    const chosen = await exportEditPack(db, { ids: ['places/test-city'] });
    expect(everyId(chosen)).toEqual(['places/test-city']);
  });
});

describe('applyEditPack', () => {
  it('gives a fresh wiki the same pages and history marks as the wiki it was exported from', async () => {
    const db = await editedWiki();
    const pack = await exportEditPack(db, { title: 'Villain notes' });
    const { db: fresh } = await openTestDatabase();
    expect(await applyEditPack(fresh, pack, everyId(pack))).toBe(4);

    expect(strip(await pages(fresh))).toEqual(strip(await pages(db)));
    const marks = async (wiki: WikiDatabase) =>
      (await wiki.edits.toArray()).map((edit) => [edit.id, edit.state, edit.base, edit.value]).sort();
    expect(await marks(fresh)).toEqual(await marks(db));
    const history = await fresh.revisions.where('page').equals(villainRef).toArray();
    expect(history.map((revision) => [revision.kind, revision.summary])).toEqual([
      ['published', undefined],
      ['save', 'Imported “Villain notes”'],
    ]);
    const original = await db.revisions.where('page').equals(villainRef).last();
    expect(strip([history[1]!.snapshot])).toEqual(strip([original!.snapshot]));
    expect(history[1]?.pack).toEqual({ id: await packId(pack), title: 'Villain notes' });
  });

  it('changes nothing when the same pack is imported again', async () => {
    const pack = await exportEditPack(await editedWiki());
    const { db } = await openTestDatabase();
    await applyEditPack(db, pack, everyId(pack));
    const [edits, revisions] = [await db.edits.toArray(), await db.revisions.count()];
    expect(await applyEditPack(db, pack, everyId(pack))).toBe(0);
    expect(await db.edits.toArray()).toEqual(edits);
    expect(await db.revisions.count()).toBe(revisions);
    const preview = await previewEditPack(db, pack);
    expect(preview.pages.flatMap((page) => page.changes.map((change) => change.status))).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
    ]);
  });

  it('applies only the chosen changes, and refuses a part whose references do not resolve', async () => {
    const pack = await exportEditPack(await editedWiki());
    const { db } = await openTestDatabase();
    const refused = applyEditPack(db, pack, ['facts/villain-was-a-student']);
    await expect(refused).rejects.toBeInstanceOf(PackProblemsError);
    await expect(refused).rejects.toThrow('there is no source “902_cccccccccccccccc” in the wiki');
    expect(await db.edits.count()).toBe(0);
    expect(await db.revisions.count()).toBe(0);

    expect(await applyEditPack(db, pack, ['places/test-city'])).toBe(1);
    expect((await readPageDocument(db, 'places:test-city')).page).toBeNull();
    expect(nameOf((await readPageDocument(db, villainRef)).page)).toBe('Test Villain');
  });
});

describe('previewEditPack', () => {
  it('groups the changes by the page they show on, saying what each would add, change or remove', async () => {
    const pack = await exportEditPack(await editedWiki());
    const { db } = await openTestDatabase();
    const preview = await previewEditPack(db, pack);
    expect(
      preview.pages.map((page) => [page.page, page.changes.map((change) => [change.id, change.action, change.status])]),
    ).toEqual([
      ['sources:902_cccccccccccccccc', [['sources/902_cccccccccccccccc', 'add', 'new']]],
      [
        villainRef,
        [
          ['characters/test-villain', 'change', 'new'],
          ['facts/villain-was-a-student', 'add', 'new'],
        ],
      ],
      ['places:test-city', [['places/test-city', 'remove', 'new']]],
    ]);
    expect(preview.problems).toEqual([]);
  });

  it('reports references neither the pack nor the wiki resolves', async () => {
    const pack = await exportEditPack(await editedWiki(), { ids: ['facts/villain-was-a-student'] });
    const { db } = await openTestDatabase();
    expect((await previewEditPack(db, pack)).problems).toEqual([
      {
        table: 'facts',
        key: 'villain-was-a-student',
        path: 'sources[0]',
        message: 'there is no source “902_cccccccccccccccc” in the wiki',
      },
    ]);
  });

  it('shows a conflict with the fan’s own edit of the row', async () => {
    const pack = await exportEditPack(await editedWiki());
    const { db } = await openTestDatabase();
    const villain = await readPageDocument(db, villainRef);
    await save(db, { ...villain, page: { ...(villain.page as Row<'characters'>), name: 'My villain' } });
    const preview = await previewEditPack(db, pack);
    const change = preview.pages.find((page) => page.page === villainRef)?.changes[0];
    expect([change?.status, nameOf(change?.current), nameOf(change?.value)]).toEqual([
      'conflict-edited',
      'My villain',
      'Villain',
    ]);
    await applyEditPack(db, pack, ['characters/test-villain']);
    expect(nameOf((await readPageDocument(db, villainRef)).page)).toBe('Villain');
  });

  it('shows a conflict where a pack made on an older corpus changed a row the corpus has changed since', async () => {
    const pack = await exportEditPack(await editedWiki());
    const { db } = await openTestDatabase();
    const corpus = smallCorpus();
    corpus.characters[1]!.name = 'Upstream Villain';
    corpus.places = [];
    await loadCorpusIfChanged(db, { hash: 'newer-corpus', load: async () => corpus });
    const statuses = (await previewEditPack(db, pack)).pages.flatMap((page) =>
      page.changes.map((change) => [change.id, change.status]),
    );
    expect(statuses).toEqual([
      ['sources/902_cccccccccccccccc', 'new'],
      ['characters/test-villain', 'conflict-published'],
      ['facts/villain-was-a-student', 'new'],
      // Upstream removed the place too: the pack's removal is already there.
      ['places/test-city', 'applied'],
    ]);
  });
});

describe('undoEditPack', () => {
  it('puts back every row the pack changed, as new revisions, keeping rows the fan changed since', async () => {
    const pack = await exportEditPack(await editedWiki(), { title: 'Villain notes' });
    const { db } = await openTestDatabase();
    const before = strip(await pages(db));
    await applyEditPack(db, pack, everyId(pack));
    const heroine = await readPageDocument(db, 'characters:test-heroine');
    await save(db, { ...heroine, page: { ...(heroine.page as Row<'characters'>), name: 'Heroine' } });

    expect(await importedPacks(db)).toEqual([{ id: await packId(pack), title: 'Villain notes', rows: 4 }]);
    expect(await undoEditPack(db, await packId(pack))).toEqual({ reverted: 4, kept: [] });
    expect(await importedPacks(db)).toEqual([]);
    const after = strip(await pages(db));
    expect(after[0]).toEqual(before[0]);
    expect(after[2]).toEqual(before[2]);
    expect(after[3]).toEqual(before[3]);
    expect(after[1].page.name).toBe('Heroine');
    expect((await db.edits.toArray()).filter((edit) => edit.state !== 'dropped').map((edit) => edit.id)).toEqual([
      'characters/test-heroine',
    ]);
    const history = await db.revisions.where('page').equals(villainRef).toArray();
    expect(history.map((revision) => [revision.kind, revision.summary])).toEqual([
      ['published', undefined],
      ['save', 'Imported “Villain notes”'],
      ['revert', 'Undid “Villain notes”'],
    ]);
    const revisions = await db.revisions.count();
    expect(await undoEditPack(db, await packId(pack))).toEqual({ reverted: 0, kept: [] });
    expect(await db.revisions.count()).toBe(revisions);

    expect(await applyEditPack(db, pack, everyId(pack))).toBe(4);
    expect(await undoEditPack(db, await packId(pack))).toEqual({ reverted: 4, kept: [] });
    expect(strip(await pages(db))).toEqual(after);
  });

  it('keeps a row the fan edited after the import', async () => {
    const pack = await exportEditPack(await editedWiki());
    const { db } = await openTestDatabase();
    await applyEditPack(db, pack, everyId(pack));
    const villain = await readPageDocument(db, villainRef);
    await save(db, { ...villain, page: { ...(villain.page as Row<'characters'>), name: 'My villain' } });
    expect(await undoEditPack(db, await packId(pack))).toEqual({ reverted: 3, kept: ['characters/test-villain'] });
    expect(nameOf((await readPageDocument(db, villainRef)).page)).toBe('My villain');
    expect((await readPageDocument(db, villainRef)).statements.facts.map((fact) => fact.id)).toEqual([
      'heroine-defeats-villain',
    ]);
  });
});
