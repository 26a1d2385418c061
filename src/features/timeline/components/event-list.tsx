// Dated events as an ordered list: date, kind, what happened, what an expectation turned into, and the source.
import type { TimelineEvent } from '../api/events-query';
import { Cite } from '../../../components/citations';
import { DateText } from '../../../components/date-text';
import { SpoilerBadge } from '../../../components/spoiler-badge';

export function EventList({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="event-list">
      {events.map(({ event, outcome }) => (
        <li key={event.id} className={`event event-${event.kind}`}>
          <p className="event-date"><DateText date={event.date} /></p>
          <p className="event-title">
            <span className="badge">{event.kind}</span> <SpoilerBadge season={event.spoils} />
            {event.title}
            <Cite sources={event.sources} />
          </p>
          {outcome ? (
            <p className="event-outcome">
              What happened: {outcome.title} — <DateText date={outcome.date} />.
              <Cite sources={outcome.sources} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
