// Dated events as an ordered list: date, kind, what happened (behind the spoiler shield where due), what an expectation
// turned into, the pages concerned, and the source.
import { Cite } from '../../../components/citations';
import { EditMark } from '../../../components/edit-mark';
import { eventKindLabels } from '../../../content/labels';
import { DateText } from '../../../components/date-text';
import { RefLink } from '../../../components/ref-link';
import { SpoilerShield } from '../../../components/spoiler-shield';
import type { TimelineEvent } from '../api/events-query';

export function EventList({ events, showLinks = false }: { events: TimelineEvent[]; showLinks?: boolean }) {
  return (
    <ol className="event-list">
      {events.map(({ event, outcome, links }) => (
        <li key={event.id} className={`event event-${event.kind}`}>
          <p className="event-date">
            <DateText date={event.date} />
          </p>
          <SpoilerShield spoils={event.spoils}>
            <p className="event-title">
              <span className={`badge badge-${event.kind}`}>{eventKindLabels[event.kind]}</span>
              {event.title}
              <Cite sources={event.sources} />
              <EditMark mark={event.localEdit} />
            </p>
            {outcome ? (
              <p className="event-outcome">
                What happened: {outcome.title} — <DateText date={outcome.date} />.
                <Cite sources={outcome.sources} />
              </p>
            ) : null}
            {showLinks && links.length > 0 ? (
              <p className="event-links">
                {links.map((link) => (
                  <RefLink key={link.ref} to={link.ref} className="chip">
                    {link.name}
                  </RefLink>
                ))}
              </p>
            ) : null}
          </SpoilerShield>
        </li>
      ))}
    </ol>
  );
}
