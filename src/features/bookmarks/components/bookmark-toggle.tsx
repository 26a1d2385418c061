// The "Bookmark <page>" toggle button on every entity page and search result: reads only its own page's bookmark, shows
// the state it is saving while it saves, and, when the save fails, the stored state with the reason beside it.
import { useQuery } from '@tanstack/react-query';
import type { EntityRef } from '../../../content/schema';
import { describeWriteError } from '../../../lib/write-error';
import { bookmarkQueryOptions } from '../api/bookmark-query';
import { useToggleBookmark } from '../api/save-bookmark';

export function BookmarkToggle({
  pageRef,
  title,
  compact = false,
}: {
  pageRef: EntityRef;
  title: string;
  compact?: boolean;
}) {
  const { data: bookmark } = useQuery(bookmarkQueryOptions(pageRef));
  const toggle = useToggleBookmark(pageRef, title);
  const stored = bookmark !== undefined && bookmark !== null;
  const pressed = toggle.isPending ? toggle.variables : stored;
  return (
    <span className="bookmark-toggle-wrap">
      <button
        type="button"
        className={`bookmark-toggle${compact ? ' bookmark-toggle-compact' : ''}`}
        aria-pressed={pressed}
        aria-label={`Bookmark ${title}`}
        disabled={bookmark === undefined || toggle.isPending}
        onClick={() => toggle.mutate(!stored)}
      >
        <span className="bookmark-icon" aria-hidden="true">
          {pressed ? '★' : '☆'}
        </span>
        {compact ? null : <span>{pressed ? 'Bookmarked' : 'Bookmark'}</span>}
      </button>
      {toggle.isError ? (
        <span className="write-error" role="alert">
          {toggle.variables ? 'Not bookmarked' : 'Still bookmarked'}: {describeWriteError(toggle.error)}.
        </span>
      ) : null}
    </span>
  );
}
