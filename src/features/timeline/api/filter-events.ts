// The timeline's filters: by kind of event and by series (Jessica Jones itself, or one of the related Marvel–Netflix
// series).
import { refKey, refKind } from '../../../content/refs';
import type { WikiEvent } from '../../../content/schema';
import type { TimelineEvent } from './events-query';

export const jessicaJonesSeries = 'jessica-jones';
export type TimelineFilters = { kinds: WikiEvent['kind'][]; series: string };

/** The series an event belongs to: the related series it is about, or Jessica Jones itself. */
export function seriesOf({ event }: TimelineEvent): string[] {
  const related = event.about.filter((ref) => refKind(ref) === 'series').map(refKey);
  return related.length > 0 ? related : [jessicaJonesSeries];
}

export function filterEvents(events: readonly TimelineEvent[], { kinds, series }: TimelineFilters): TimelineEvent[] {
  return events.filter(
    (entry) =>
      (kinds.length === 0 || kinds.includes(entry.event.kind)) &&
      (series === 'all' || seriesOf(entry).includes(series)),
  );
}

/** Events grouped by year, oldest first. */
export function groupByYear(events: readonly TimelineEvent[]): { year: string; events: TimelineEvent[] }[] {
  const years = new Map<string, TimelineEvent[]>();
  for (const entry of events) {
    const year = entry.event.date.value.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  return [...years].map(([year, grouped]) => ({ year, events: grouped }));
}
