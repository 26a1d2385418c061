// The /timeline page body: filters (kind, series) that live in the URL, and every matching event grouped by year.
import { useSuspenseQuery } from '@tanstack/react-query';
import { eventKindLabels } from '../../../content/labels';
import { refKey, refKind } from '../../../content/refs';
import type { WikiEvent } from '../../../content/schema';
import { eventsQueryOptions } from '../api/events-query';
import { filterEvents, groupByYear, jessicaJonesSeries, type TimelineFilters } from '../api/filter-events';
import { EventList } from './event-list';

type TimelineProps = { filters: TimelineFilters; onChange: (filters: TimelineFilters) => void };

export function Timeline({ filters, onChange }: TimelineProps) {
  const { data: events } = useSuspenseQuery(eventsQueryOptions());
  const seriesLinks = events.flatMap((entry) => entry.links).filter((link) => refKind(link.ref) === 'series');
  const seriesNames = new Map([
    [jessicaJonesSeries, 'Jessica Jones'],
    ...seriesLinks.map((link) => [refKey(link.ref), link.name] as const),
  ]);
  const kinds = [...new Set(events.map((entry) => entry.event.kind))];
  const shown = filterEvents(events, filters);
  const isShown = (kind: WikiEvent['kind']) => filters.kinds.length === 0 || filters.kinds.includes(kind);
  // No kinds in the URL means every kind; ticking them all again goes back to that.
  const toggleKind = (kind: WikiEvent['kind']) => {
    const next = kinds.filter((entry) => (entry === kind ? !isShown(entry) : isShown(entry)));
    onChange({ ...filters, kinds: next.length === kinds.length ? [] : next });
  };
  return (
    <>
      <form className="timeline-filters" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>Kinds of event</legend>
          {kinds.map((kind) => (
            <label key={kind} className={`filter-chip filter-${kind}`}>
              <input type="checkbox" checked={isShown(kind)} onChange={() => toggleKind(kind)} />
              {eventKindLabels[kind]}
            </label>
          ))}
        </fieldset>
        <div className="timeline-series">
          <label htmlFor="timeline-series">Series</label>
          <select
            id="timeline-series"
            value={filters.series}
            onChange={(event) => onChange({ ...filters, series: event.target.value })}
          >
            <option value="all">All series</option>
            {[...seriesNames].map(([slug, name]) => (
              <option key={slug} value={slug}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p role="status" className="muted">
        {shown.length} of {events.length} events
        {filters.series !== 'all' || filters.kinds.length > 0 ? ' match the filters' : ''}.
      </p>
      {groupByYear(shown).map((group) => (
        <section key={group.year} className="section timeline-year" aria-labelledby={`year-${group.year}`}>
          <h2 id={`year-${group.year}`}>{group.year}</h2>
          <EventList events={group.events} showLinks />
        </section>
      ))}
      {shown.length === 0 ? <p>No event matches these filters.</p> : null}
    </>
  );
}
