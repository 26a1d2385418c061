// The "Bookmark <page>" toggle button on every entity page and search result.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { EntityRef } from '../../../content/schema';
import { bookmarksQueryOptions } from '../api/bookmarks-query';
import { addBookmark, removeBookmark } from '../api/save-bookmark';

export function BookmarkToggle({ pageRef, title, compact = false }: { pageRef: EntityRef; title: string; compact?: boolean }) {
  const queryClient = useQueryClient();
  const { data: bookmarks } = useQuery(bookmarksQueryOptions());
  const [busy, setBusy] = useState(false);
  const pressed = bookmarks?.some((bookmark) => bookmark.ref === pageRef) ?? false;
  const toggle = async () => {
    setBusy(true);
    try {
      if (pressed) await removeBookmark(queryClient, pageRef);
      else await addBookmark(queryClient, pageRef, title);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className={`bookmark-toggle${compact ? ' bookmark-toggle-compact' : ''}`}
      aria-pressed={pressed}
      aria-label={`Bookmark ${title}`}
      disabled={bookmarks === undefined || busy}
      onClick={() => void toggle()}
    >
      <span className="bookmark-icon" aria-hidden="true">{pressed ? '★' : '☆'}</span>
      {compact ? null : <span>{pressed ? 'Bookmarked' : 'Bookmark'}</span>}
    </button>
  );
}
