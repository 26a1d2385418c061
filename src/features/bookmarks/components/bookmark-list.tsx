// The /bookmarks list: sort and type controls, each bookmark with its type, date added and note, removal with Undo.
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { RefLink } from '../../../components/ref-link';
import { entityKinds } from '../../../content/kinds';
import type { EntityKind } from '../../../content/schema';
import { bookmarksQueryOptions } from '../api/bookmarks-query';
import { kindLabels, viewBookmarks, type BookmarkFilter } from '../api/bookmark-view';
import { removeBookmark, restoreBookmark, type RemovedBookmark } from '../api/save-bookmark';
import { NoteEditor } from './note-editor';

/** How many bookmarks render at first (and per "Show more"): a list of 100,000 stays responsive. */
const pageSize = 100;

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function BookmarkList({ filter, onChange }: { filter: BookmarkFilter; onChange: (next: BookmarkFilter) => void }) {
  const queryClient = useQueryClient();
  const { data: rows } = useSuspenseQuery(bookmarksQueryOptions());
  const [limit, setLimit] = useState(pageSize);
  const [removed, setRemoved] = useState<{ item: RemovedBookmark; title: string } | undefined>(undefined);
  const shown = viewBookmarks(rows, filter);
  const kindsPresent = entityKinds.filter((kind) => rows.some((row) => row.kind === kind));

  const remove = async (ref: (typeof rows)[number]['ref'], title: string) => {
    const item = await removeBookmark(queryClient, ref);
    if (item) setRemoved({ item, title });
  };
  const undo = async () => {
    if (!removed) return;
    await restoreBookmark(queryClient, removed.item);
    setRemoved(undefined);
  };

  return (
    <div className="bookmarks">
      <div className="bookmark-controls" role="group" aria-label="Sort and filter bookmarks">
        <label>
          Sort
          <select value={filter.sort} onChange={(event) => onChange({ ...filter, sort: event.target.value === 'title' ? 'title' : 'recent' })}>
            <option value="recent">Recently added</option>
            <option value="title">A–Z</option>
          </select>
        </label>
        <label>
          Type
          <select value={filter.type} onChange={(event) => onChange({ ...filter, type: event.target.value as EntityKind | 'all' })}>
            <option value="all">All types</option>
            {entityKinds.map((kind) => (
              <option key={kind} value={kind} disabled={!kindsPresent.includes(kind) && filter.type !== kind}>{kindLabels[kind]}</option>
            ))}
          </select>
        </label>
        <span className="muted bookmark-count">{shown.length === rows.length ? `${rows.length} saved` : `${shown.length} of ${rows.length} shown`}</span>
      </div>
      <div className="undo-bar" role="status">
        {removed ? (
          <>
            <span>Removed “{removed.title}”.</span>
            <button type="button" className="button button-quiet" onClick={() => void undo()}>Undo</button>
          </>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="empty-state">No bookmarks yet. Use the ☆ Bookmark button on any character, person, season or topic page to keep it here.</p>
      ) : shown.length === 0 ? (
        <p className="empty-state">No bookmarks of this type.</p>
      ) : (
        <ul className="bookmark-list">
          {shown.slice(0, limit).map((row) => (
            <li key={row.ref} className={row.inWiki ? 'bookmark-item' : 'bookmark-item bookmark-gone'}>
              <div className="bookmark-head">
                <span className="badge">{kindLabels[row.kind]}</span>
                {row.inWiki ? <RefLink to={row.ref} className="bookmark-title">{row.title}</RefLink> : <span className="bookmark-title">{row.title}</span>}
                {row.inWiki ? null : <span className="bookmark-missing">no longer in the wiki</span>}
                <span className="muted bookmark-date">
                  Added <time dateTime={isoDate(row.addedAt)}>{dateFormat.format(row.addedAt)}</time>
                </span>
                <button type="button" className="button button-quiet bookmark-remove" aria-label={`Remove ${row.title}`} onClick={() => void remove(row.ref, row.title)}>
                  Remove
                </button>
              </div>
              <NoteEditor pageRef={row.ref} title={row.title} initial={row.note} />
            </li>
          ))}
        </ul>
      )}
      {shown.length > limit ? (
        <button type="button" className="button button-quiet show-more" onClick={() => setLimit(limit + pageSize)}>
          Show {Math.min(pageSize, shown.length - limit)} more of {shown.length - limit}
        </button>
      ) : null}
    </div>
  );
}
