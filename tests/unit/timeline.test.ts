// The timeline over the real corpus: chronological order, grouping by year, the kind and series filters, an expectation
// beside its outcome.
import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventsQueryOptions, type TimelineEvent } from '../../src/features/timeline/api/events-query';
import { filterEvents, groupByYear, seriesOf } from '../../src/features/timeline/api/filter-events';
import { openSeedDatabase } from '../fixtures/seed-database';

let events: TimelineEvent[];
beforeAll(async () => {
  await openSeedDatabase();
  events = await new QueryClient().fetchQuery(eventsQueryOptions());
});

describe('timeline', () => {
  it('lists every event in chronological order, a coarser date before the finer dates inside it', () => {
    const dates = events.map(({ event }) => event.date.value);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2015-11');
    expect(dates.at(-1)).toBe('2018-03-08');
  });

  it('groups by year, oldest first', () => {
    expect(groupByYear(events).map((group) => group.year)).toEqual(['2015', '2016', '2017', '2018']);
  });

  it('shows the expected 2017 date beside the premiere scheduled for March 8, 2018 that replaced it', () => {
    const expected = events.find(({ event }) => event.id === 'season-2-expected');
    expect(expected?.event.date).toEqual({ value: '2017', qualifier: 'expected' });
    expect(expected?.outcome?.date).toEqual({ value: '2018-03-08', qualifier: 'scheduled' });
  });

  it('names the pages each event concerns', () => {
    const filming = events.find(({ event }) => event.id === 'season-2-and-defenders-filming');
    expect(filming?.links).toEqual([
      { ref: 'seasons:2', name: 'Season 2' },
      { ref: 'series:the-defenders', name: 'The Defenders' },
    ]);
  });

  it('filters by kind and by series', () => {
    expect(filterEvents(events, { kinds: ['premiere'], series: 'all' }).map(({ event }) => event.id)).toEqual([
      'season-1-premiere',
      'luke-cage-season-1-arrives',
      'season-2-premiere',
    ]);
    expect(filterEvents(events, { kinds: [], series: 'luke-cage' }).map(({ event }) => event.id)).toEqual([
      'luke-cage-season-1-arrives',
    ]);
    expect(
      filterEvents(events, { kinds: ['premiere'], series: 'jessica-jones' }).every((entry) =>
        seriesOf(entry).includes('jessica-jones'),
      ),
    ).toBe(true);
    expect(filterEvents(events, { kinds: [], series: 'all' })).toHaveLength(events.length);
    expect(filterEvents(events, { kinds: [], series: 'no-such-series' })).toEqual([]);
  });
});
