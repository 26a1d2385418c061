// Every query factory, run through a QueryClient against a small fixture corpus in fake IndexedDB.
import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '../../src/db/database';
import { characterQueryOptions } from '../../src/features/characters/api/character-query';
import { charactersQueryOptions } from '../../src/features/characters/api/characters-query';
import { factsQueryOptions } from '../../src/features/facts/api/facts-query';
import { quotesQueryOptions } from '../../src/features/facts/api/quotes-query';
import { personQueryOptions } from '../../src/features/people/api/person-query';
import { peopleQueryOptions } from '../../src/features/people/api/people-query';
import { seasonQueryOptions } from '../../src/features/seasons/api/season-query';
import { seasonsQueryOptions } from '../../src/features/seasons/api/seasons-query';
import { sourceQueryOptions } from '../../src/features/sources/api/source-query';
import { sourcesQueryOptions } from '../../src/features/sources/api/sources-query';
import { databaseStatusQueryOptions } from '../../src/features/storage/api/database-status-query';
import { subjectQueryOptions } from '../../src/features/subjects/api/subject-query';
import { subjectsQueryOptions } from '../../src/features/subjects/api/subjects-query';
import { eventsQueryOptions } from '../../src/features/timeline/api/events-query';
import { pageEditMarksQueryOptions } from '../../src/features/editing/api/page-edit-marks-query';
import type { Row } from '../../src/content/tables';
import { saveEdit } from '../fixtures/fan-edits';
import { sourceA, sourceB } from '../fixtures/small-corpus';
import { openTestDatabase } from '../fixtures/test-database';

let queryClient: QueryClient;

beforeEach(async () => {
  await openTestDatabase();
  queryClient = new QueryClient();
});

describe('characters', () => {
  it('lists named characters A–Z before unnamed roles, with their actors', async () => {
    const list = await queryClient.fetchQuery(charactersQueryOptions());
    expect(list.map((item) => item.character.slug)).toEqual(['test-heroine', 'test-villain', 'an-unnamed-student']);
    expect(list[0]?.actors).toEqual([{ ref: 'people:test-actor', name: 'Test Actor' }]);
    expect(list.map((item) => item.factCount)).toEqual([2, 1, 0]);
  });

  it('reads one character with actors and relationships in both directions', async () => {
    const heroine = await queryClient.fetchQuery(characterQueryOptions('test-heroine'));
    expect(heroine?.actors.map((actor) => actor.name)).toEqual(['Test Actor']);
    expect(heroine?.relationships).toEqual([
      expect.objectContaining({
        other: { slug: 'test-villain', name: 'Test Villain' },
        relationship: expect.objectContaining({ kind: 'enemies' }),
      }),
    ]);
    const villain = await queryClient.fetchQuery(characterQueryOptions('test-villain'));
    expect(villain?.relationships[0]?.other.slug).toBe('test-heroine');
  });

  it('answers null for an unknown slug', async () => {
    expect(await queryClient.fetchQuery(characterQueryOptions('nobody'))).toBeNull();
  });
});

describe('people', () => {
  it('lists people with the characters they play', async () => {
    const people = await queryClient.fetchQuery(peopleQueryOptions());
    expect(people.map((item) => [item.person.slug, item.characters.map((character) => character.name)])).toEqual([
      ['test-actor', ['Test Heroine']],
      ['test-director', []],
    ]);
  });

  it('reads one person with characters played, seasons directed and series names', async () => {
    const actor = await queryClient.fetchQuery(personQueryOptions('test-actor'));
    expect(actor?.characters).toEqual([
      { character: { slug: 'test-heroine', name: 'Test Heroine' }, sources: [sourceA] },
    ]);
    expect(actor?.seriesNames['other-show']).toBe('Other Show');
    const director = await queryClient.fetchQuery(personQueryOptions('test-director'));
    expect(director?.directed).toEqual([{ season: { number: 1, name: 'Season 1' }, sources: [sourceB] }]);
    expect(await queryClient.fetchQuery(personQueryOptions('nobody'))).toBeNull();
  });
});

describe('seasons', () => {
  it('lists seasons in order and reads one with its cast and directors', async () => {
    expect((await queryClient.fetchQuery(seasonsQueryOptions())).map((season) => season.number)).toEqual([1]);
    const season = await queryClient.fetchQuery(seasonQueryOptions(1));
    expect(season?.cast.map((member) => [member.character.slug, member.actors.map((actor) => actor.slug)])).toEqual([
      ['test-heroine', ['test-actor']],
      ['test-villain', []],
    ]);
    expect(season?.directors).toEqual([
      { person: { slug: 'test-director', name: 'Test Director' }, sources: [sourceB] },
    ]);
    expect(await queryClient.fetchQuery(seasonQueryOptions(9))).toBeNull();
  });
});

describe('series, topics and places', () => {
  it.each([
    ['series', 'other-show'],
    ['topics', 'trauma'],
    ['places', 'test-city'],
  ] as const)('lists and reads %s', async (kind, slug) => {
    expect((await queryClient.fetchQuery(subjectsQueryOptions(kind))).map((subject) => subject.slug)).toEqual([slug]);
    expect((await queryClient.fetchQuery(subjectQueryOptions(kind, slug)))?.slug).toBe(slug);
    expect(await queryClient.fetchQuery(subjectQueryOptions(kind, 'nothing'))).toBeNull();
  });
});

describe('sources', () => {
  it('lists sources in citation order and reads one with the pages citing it', async () => {
    expect((await queryClient.fetchQuery(sourcesQueryOptions())).map((source) => source.id)).toEqual([
      sourceA,
      sourceB,
    ]);
    const detail = await queryClient.fetchQuery(sourceQueryOptions(sourceB));
    expect(detail?.number).toBe(2);
    expect(detail?.citedBy.map((page) => page.ref)).toEqual([
      'characters:test-heroine',
      'characters:test-villain',
      'people:test-actor',
      'people:test-director',
      'seasons:1',
      'series:other-show',
    ]);
    expect(await queryClient.fetchQuery(sourceQueryOptions('000_0000000000000000'))).toBeNull();
  });
});

describe('facts and quotes', () => {
  it('reads the facts about a page and the facts drawn from a source', async () => {
    expect(
      (await queryClient.fetchQuery(factsQueryOptions({ about: 'characters:test-villain' }))).map(
        ({ fact }) => fact.id,
      ),
    ).toEqual(['heroine-defeats-villain']);
    expect((await queryClient.fetchQuery(factsQueryOptions({ source: sourceA }))).map(({ fact }) => fact.id)).toEqual([
      'heroine-investigates',
    ]);
  });

  it('reads quotes spoken by a person or about a page, each once', async () => {
    expect(
      (await queryClient.fetchQuery(quotesQueryOptions({ about: 'people:test-actor' }))).map(({ quote }) => quote.id),
    ).toEqual(['actor-on-heroine']);
    expect(
      (await queryClient.fetchQuery(quotesQueryOptions({ about: 'characters:test-heroine' }))).map(
        ({ quote }) => quote.id,
      ),
    ).toEqual(['actor-on-heroine']);
    expect(await queryClient.fetchQuery(quotesQueryOptions({ source: sourceB }))).toEqual([]);
  });

  it('names the pages each fact concerns, and each quote’s speaker', async () => {
    const [investigates] = await queryClient.fetchQuery(factsQueryOptions({ source: sourceA }));
    expect(investigates?.links).toEqual([
      { ref: 'characters:test-heroine', name: 'Test Heroine' },
      { ref: 'places:test-city', name: 'Test City' },
    ]);
    const [quote] = await queryClient.fetchQuery(quotesQueryOptions({ about: 'characters:test-heroine' }));
    expect(quote?.speaker).toEqual({ ref: 'people:test-actor', name: 'Test Actor' });
  });
});

describe('events and storage', () => {
  it('lists events chronologically with the outcome of an expectation', async () => {
    const events = await queryClient.fetchQuery(eventsQueryOptions());
    expect(events.map(({ event }) => event.id)).toEqual(['season-1-expected', 'season-1-premiere']);
    expect(events[0]?.outcome?.id).toBe('season-1-premiere');
    expect(await queryClient.fetchQuery(eventsQueryOptions({ about: 'seasons:1' }))).toHaveLength(2);
    expect(await queryClient.fetchQuery(eventsQueryOptions({ source: sourceB }))).toHaveLength(0);
  });

  it('reports where the data is kept', async () => {
    expect(await queryClient.fetchQuery(databaseStatusQueryOptions())).toEqual({ storage: 'browser' });
  });
});

describe('page edit marks', () => {
  it('are none, without reading the page, while the fan has no edits', async () => {
    const { db } = await getDatabase();
    const where = vi.spyOn(db.content, 'where');
    expect(await queryClient.fetchQuery(pageEditMarksQueryOptions('characters:test-heroine'))).toEqual([]);
    expect(where).not.toHaveBeenCalled();
  });

  it('mark the fan’s changed row on that page only', async () => {
    const { db } = await getDatabase();
    await saveEdit(db, 'characters:test-heroine', (document) => ({
      ...document,
      page: { ...(document.page as Row<'characters'>), summary: { text: 'A fan’s summary.', sources: [sourceA] } },
    }));
    const marks = await queryClient.fetchQuery(pageEditMarksQueryOptions('characters:test-heroine'));
    expect(marks).toEqual([expect.objectContaining({ state: 'applied', fields: ['summary'] })]);
    expect(await queryClient.fetchQuery(pageEditMarksQueryOptions('characters:test-villain'))).toEqual([]);
  });
});
