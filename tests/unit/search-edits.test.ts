// Search follows the fan's edits: only the documents an edit touches are re-indexed (a renamed page's statements too),
// and an index opened afresh (a reload) finds the same as the one that followed the edits.
import { describe, expect, it } from 'vitest';
import { documentChanges, type PageDocument } from '../../src/content/page-document';
import type { Row } from '../../src/content/tables';
import { readPageDocument } from '../../src/db/read-page-document';
import { saveChanges } from '../../src/db/save-edits';
import { sameData } from '../../src/content/row-fields';
import type { WikiDatabase } from '../../src/db/wiki-database';
import { search } from '../../src/features/search/api/search-engine';
import { openSearchIndex } from '../../src/features/search/api/search-index-store';
import { sourceA } from '../fixtures/small-corpus';
import { openTestDatabase } from '../fixtures/test-database';

async function save(db: WikiDatabase, next: PageDocument) {
  const changes = documentChanges(await readPageDocument(db, next.ref), next, sameData);
  await saveChanges(db, { page: next.ref, kind: 'save', changes, snapshot: next });
}

const titles = async (live: Awaited<ReturnType<typeof openSearchIndex>>, query: string) =>
  search(await live.sync(), { query }).map((hit) => hit.title);

describe('search with the fan’s edits', () => {
  it('finds an edited summary, an added fact and a new page, and forgets a removed one', async () => {
    const { db } = await openTestDatabase();
    const live = await openSearchIndex(db);
    expect(await titles(live, 'zeppelin')).toEqual([]);

    const villain = await readPageDocument(db, 'characters:test-villain');
    const page = villain.page as Row<'characters'>;
    const fact = {
      id: 'fan-fact',
      text: 'A fan says the villain owns a zeppelin.',
      about: [villain.ref],
      sources: [sourceA],
    };
    await save(db, {
      ...villain,
      page: { ...page, summary: { text: 'A villain with a marmalade habit.', sources: [sourceA] } },
      statements: { ...villain.statements, facts: [...villain.statements.facts, fact] },
    });
    expect(await titles(live, 'zeppelin')).toEqual(['A fan says the villain owns a zeppelin.']);
    expect(await titles(live, 'marmalade')).toEqual(['Test Villain']);
    expect(await titles(live, 'fixture')).not.toContain('Test Villain');

    const created = { ...page, slug: 'fan-made-hero', name: 'Fan Made Hero', formerSlugs: undefined };
    await save(db, { ref: 'characters:fan-made-hero', page: created, statements: villain.statements });
    expect(await titles(live, 'fan made hero')).toContain('Fan Made Hero');
    await save(db, { ...(await readPageDocument(db, 'characters:fan-made-hero')), page: null });
    expect(await titles(live, 'fan made hero')).not.toContain('Fan Made Hero');

    // A reload opens the stored published index and applies the edits to it.
    const reloaded = await openSearchIndex(db);
    for (const query of ['zeppelin', 'marmalade', 'fan made hero', 'villain'])
      expect(await titles(reloaded, query)).toEqual(await titles(live, query));
  });

  it('shows a renamed page’s new name on the statements that name it', async () => {
    const { db } = await openTestDatabase();
    const live = await openSearchIndex(db);
    const actor = await readPageDocument(db, 'people:test-actor');
    await save(db, { ...actor, page: { ...(actor.page as Row<'people'>), name: 'Renamed Actor' } });
    expect(await titles(live, 'she is a fixture')).toContain('“She is a fixture.” — Renamed Actor');
    expect(await titles(live, 'she is a fixture')).not.toContain('“She is a fixture.” — Test Actor');
    expect(await titles(live, 'renamed actor')).toContain('Test Heroine');
  });
});
