// "Recently viewed": the last pages the fan opened, newest first, with a button that clears the history (and says so if
// it can't).
import { useSuspenseQuery } from '@tanstack/react-query';
import { RefLink } from '../../../components/ref-link';
import { describeWriteError } from '../../../lib/write-error';
import { historyQueryOptions } from '../api/history-query';
import { useClearHistory } from '../api/record-view';
import { isoDateTime } from '../api/stored-time';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

export function RecentList() {
  const { data: history } = useSuspenseQuery(historyQueryOptions());
  const clear = useClearHistory();
  if (history.length === 0) return <p className="empty-state">Nothing viewed yet.</p>;
  return (
    <>
      <ol className="recent-list">
        {history.map((entry) => {
          const viewedAt = isoDateTime(entry.viewedAt);
          return (
            <li key={entry.id ?? String(entry.ref)}>
              {typeof entry.title === 'string' && typeof entry.ref === 'string' ? (
                <RefLink to={entry.ref}>{entry.title}</RefLink>
              ) : (
                <span>A damaged entry</span>
              )}
              {viewedAt ? (
                <time className="muted" dateTime={viewedAt}>
                  {timeFormat.format(entry.viewedAt)}
                </time>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-quiet" disabled={clear.isPending} onClick={() => clear.mutate()}>
        Clear history
      </button>
      {clear.isError ? (
        <p className="write-error" role="alert">
          The history could not be cleared: {describeWriteError(clear.error)}.
        </p>
      ) : null}
    </>
  );
}
