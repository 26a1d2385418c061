// The spoiler shield's leak test, generated from the real corpus: at each level, no page and no search shows any words
// tagged as spoiling a later season, the corpus's or a fan's own statements'. (tests/e2e/prerender.test.ts reads the
// build's prerendered pages the same way.)
import { cleanup, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { citedSourceIds } from '../../src/content/citations';
import { loadSeedCorpus } from '../../src/content/seed-files';
import { documentChanges } from '../../src/content/page-document';
import { getDatabase } from '../../src/db/database';
import { sameData } from '../../src/content/row-fields';
import { readPageDocument } from '../../src/db/read-page-document';
import { saveChanges } from '../../src/db/save-edits';
import { openSeedDatabase } from '../fixtures/seed-database';
import { runsOf, spoilingTexts } from '../fixtures/spoiling-texts';
import { renderRoute } from './render-route';

// Vitest runs from the repository's root.
const { corpus } = loadSeedCorpus(process.cwd());

function pagePaths(): string[] {
  return [
    '/',
    '/characters',
    '/people',
    '/seasons',
    '/series',
    '/topics',
    '/places',
    '/sources',
    '/timeline',
    ...corpus.characters.map((row) => `/characters/${row.slug}`),
    ...corpus.people.map((row) => `/people/${row.slug}`),
    ...corpus.seasons.map((row) => `/seasons/${row.number}`),
    ...corpus.series.map((row) => `/series/${row.slug}`),
    ...corpus.topics.map((row) => `/topics/${row.slug}`),
    ...corpus.places.map((row) => `/places/${row.slug}`),
    ...corpus.sources.map((row) => `/sources/${row.id}`),
  ];
}

/**
 * Searches for each spoiling text's own first five words (so a leak would surely rank, while the query the page echoes
 * is shorter than a run).
 */
function searchPaths(): string[] {
  return spoilingTexts(corpus).map(
    ({ text }) => `/search?q=${encodeURIComponent(text.split(/\s+/).slice(0, 5).join(' '))}`,
  );
}

describe.each([0, 1])('with the spoiler level at %i', (level) => {
  const openAtLevel = async () => {
    const handle = await openSeedDatabase();
    await handle.db.settings.put({ key: 'spoiler-level', value: level });
  };

  it('the corpus has something to hide at this level', () => {
    expect(spoilingTexts(corpus).filter((item) => item.spoils > level).length).toBeGreaterThan(0);
    expect(citedSourceIds(corpus.facts).size).toBe(4);
  });

  it.each([...pagePaths(), ...searchPaths()].map((path) => [path]))(
    '%s shows nothing tagged above the level',
    async (path) => {
      await renderRoute(path, { openDatabase: openAtLevel });
      await waitFor(() => expect(document.querySelector('main')?.textContent).not.toMatch(/^\s*$/));
      if (path.startsWith('/search'))
        await waitFor(() => expect(document.querySelector('.search-summary')).not.toBeNull());
      const shown = `${document.title}\n${document.body.textContent?.replace(/\s+/g, ' ') ?? ''}`;
      for (const { text, spoils } of spoilingTexts(corpus)) {
        if (spoils <= level) continue;
        for (const run of runsOf(text))
          expect(shown, `"${run}" (spoils Season ${spoils}) leaked on ${path}`).not.toContain(run);
      }
      expect((await getDatabase()).storage).toBe('browser');
      cleanup();
    },
  );
});

/** Statements a fan adds to Kilgrave's page, each tagged with the season it reveals, as the editor saves them. */
function fanStatements(source: string) {
  const kilgrave = 'characters:kilgrave' as const;
  const cited = (spoils: number) => ({ sources: [source], spoils });
  return {
    facts: [
      {
        id: 'fan-fact-s2',
        text: 'A fan writes that a mirrored warehouse hides the finale secret',
        about: [kilgrave],
        ...cited(2),
      },
      {
        id: 'fan-fact-s1',
        text: 'A fan writes that the violet lantern decides the first finale',
        about: [kilgrave],
        ...cited(1),
      },
    ],
    quotes: [
      {
        id: 'fan-quote-s2',
        text: 'A fan quotes a line about the mirrored warehouse door opening',
        speaker: kilgrave,
        about: [kilgrave],
        ...cited(2),
      },
    ],
    events: [
      {
        id: 'fan-event-s2',
        title: 'A fan dates the mirrored warehouse reunion press tour',
        kind: 'press' as const,
        date: { value: '2018-03' },
        about: [kilgrave],
        ...cited(2),
      },
    ],
    relationships: [
      {
        id: 'fan-relationship-s2',
        from: 'kilgrave',
        to: 'jessica-jones',
        kind: 'enemies' as const,
        label: 'A fan calls them rivals across the mirrored warehouse',
        ...cited(2),
      },
    ],
  };
}

describe.each([0, 1])('with a fan’s statements and the spoiler level at %i', (level) => {
  const source = corpus.sources[0]?.id ?? '';
  const added = fanStatements(source);
  const openWithEdits = async () => {
    const handle = await openSeedDatabase();
    await handle.db.settings.put({ key: 'spoiler-level', value: level });
    const current = await readPageDocument(handle.db, 'characters:kilgrave');
    const next = {
      ...current,
      statements: {
        facts: [...current.statements.facts, ...added.facts],
        quotes: [...current.statements.quotes, ...added.quotes],
        events: [...current.statements.events, ...added.events],
        relationships: [...current.statements.relationships, ...added.relationships],
      },
    };
    const changes = documentChanges(current, next, sameData);
    await saveChanges(handle.db, { page: next.ref, kind: 'save', changes, snapshot: next });
  };
  const paths = [
    '/characters/kilgrave',
    '/characters/jessica-jones',
    '/characters',
    '/timeline',
    `/sources/${source}`,
    ...spoilingTexts(added).map(
      ({ text }) => `/search?q=${encodeURIComponent(text.split(/\s+/).slice(0, 5).join(' '))}`,
    ),
  ];

  it.each(paths.map((path) => [path]))(
    '%s shows none of the fan’s statements tagged above the level',
    async (path) => {
      await renderRoute(path, { openDatabase: openWithEdits });
      await waitFor(() => expect(document.querySelector('main')?.textContent).not.toMatch(/^\s*$/));
      if (path.startsWith('/search'))
        await waitFor(() => expect(document.querySelector('.search-summary')).not.toBeNull());
      const shown = `${document.title}\n${document.body.textContent?.replace(/\s+/g, ' ') ?? ''}`;
      for (const { text, spoils } of spoilingTexts(added)) {
        for (const run of runsOf(text))
          if (spoils > level) expect(shown, `"${run}" (spoils Season ${spoils}) leaked on ${path}`).not.toContain(run);
      }
      cleanup();
    },
    30_000,
  );

  it('shows the fan’s statements the level allows', async () => {
    await renderRoute('/characters/kilgrave', { openDatabase: openWithEdits });
    const allowed = spoilingTexts(added).filter(({ spoils, text }) => spoils <= level && !text.includes('rivals'));
    for (const { text } of allowed) expect(await screen.findByText(text, { exact: false })).toBeInTheDocument();
    expect(allowed.length).toBe(level === 1 ? 1 : 0);
    cleanup();
  });
});
