// "Recently viewed": the last pages the fan opened, newest first, with a button that clears the history.
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { RefLink } from '../../../components/ref-link';
import { historyQueryOptions } from '../api/history-query';
import { clearHistory } from '../api/record-view';

const timeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function RecentList() {
  const queryClient = useQueryClient();
  const { data: history } = useSuspenseQuery(historyQueryOptions());
  if (history.length === 0) return <p className="empty-state">Nothing viewed yet.</p>;
  return (
    <>
      <ol className="recent-list">
        {history.map((entry) => (
          <li key={entry.ref}>
            <RefLink to={entry.ref}>{entry.title}</RefLink>
            <time className="muted" dateTime={new Date(entry.viewedAt).toISOString()}>{timeFormat.format(entry.viewedAt)}</time>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-quiet" onClick={() => void clearHistory(queryClient)}>Clear history</button>
    </>
  );
}
