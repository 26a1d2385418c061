// The /bookmarks list: sort and type controls, each bookmark with its type, date added and note, removal with Undo
// (each saying so when it fails), a damaged row shown as such with its own Remove, and a note whose bookmark was
// removed while the fan was typing it, offered back.
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { FailureBoundary } from '../../../components/failure-boundary';
import { RefLink } from '../../../components/ref-link';
import { entityKinds } from '../../../content/kinds';
import type { EntityKind, EntityRef } from '../../../content/schema';
import { describeWriteError } from '../../../lib/write-error';
import { bookmarksQueryOptions, type BookmarkRow } from '../api/bookmarks-query';
import { pageKindLabels } from '../../../content/labels';
import { filterByKind, sortByTitle, type BookmarkFilter } from '../api/bookmark-view';
import { clearDraft, useDrafts, type Draft } from '../api/note-drafts';
import { useRemoveBookmark, useRestoreBookmark, useToggleBookmark, type RemovedBookmark } from '../api/save-bookmark';
import { isoDate } from '../api/stored-time';
import { NoteEditor } from './note-editor';

/** How many bookmarks render at first (and per "Show more"): a list of 100,000 stays responsive. */
const pageSize = 100;

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** The rows A–Z, sorted once and then kept in order as rows change (see sortByTitle). */
function useTitleOrder(rows: readonly BookmarkRow[], wanted: boolean): readonly BookmarkRow[] {
  const [order, setOrder] = useState<{ rows: readonly BookmarkRow[]; sorted: readonly BookmarkRow[] } | undefined>(
    undefined,
  );
  if (!wanted) return rows;
  if (order?.rows === rows) return order.sorted;
  const next = { rows, sorted: sortByTitle(rows, order) };
  setOrder(next);
  return next.sorted;
}

export function BookmarkList({
  filter,
  onChange,
}: {
  filter: BookmarkFilter;
  onChange: (next: BookmarkFilter) => void;
}) {
  const { data: rows } = useSuspenseQuery(bookmarksQueryOptions());
  const [limit, setLimit] = useState(pageSize);
  const [removed, setRemoved] = useState<{ item: RemovedBookmark; title: string } | undefined>(undefined);
  const remove = useRemoveBookmark();
  const restore = useRestoreBookmark();
  const ordered = useTitleOrder(rows, filter.sort === 'title');
  const shown = filterByKind(ordered, filter.type);
  const kindsPresent = useMemo(() => new Set(rows.flatMap((row) => (row.damaged ? [] : [row.kind]))), [rows]);

  const removeRow = (key: string, title: string) =>
    remove.mutate(key, { onSuccess: (item) => setRemoved({ item, title }) });
  const undo = () => {
    if (removed) restore.mutate(removed.item, { onSuccess: () => setRemoved(undefined) });
  };
  const failure = remove.isError
    ? `Could not remove “${remove.variables}”: ${describeWriteError(remove.error)}. It is still saved.`
    : restore.isError
      ? `Could not undo: ${describeWriteError(restore.error)}.`
      : undefined;

  return (
    <div className="bookmarks">
      <div className="bookmark-controls" role="group" aria-label="Sort and filter bookmarks">
        <label>
          Sort
          <select
            value={filter.sort}
            onChange={(event) => onChange({ ...filter, sort: event.target.value === 'title' ? 'title' : 'recent' })}
          >
            <option value="recent">Recently added</option>
            <option value="title">A–Z</option>
          </select>
        </label>
        <label>
          Type
          <select
            value={filter.type}
            onChange={(event) => onChange({ ...filter, type: event.target.value as EntityKind | 'all' })}
          >
            <option value="all">All types</option>
            {entityKinds.map((kind) => (
              <option key={kind} value={kind} disabled={!kindsPresent.has(kind) && filter.type !== kind}>
                {pageKindLabels[kind].one}
              </option>
            ))}
          </select>
        </label>
        <span className="muted bookmark-count">
          {shown.length === rows.length ? `${rows.length} saved` : `${shown.length} of ${rows.length} shown`}
        </span>
      </div>
      <StrandedNotes rows={rows} />
      <div className="undo-bar" role="status">
        {removed ? (
          <>
            <span>Removed “{removed.title}”.</span>
            <button type="button" className="button button-quiet" disabled={restore.isPending} onClick={undo}>
              Undo
            </button>
          </>
        ) : null}
      </div>
      {failure ? (
        <p className="write-error" role="alert">
          {failure}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="empty-state">
          No bookmarks yet. Use the ☆ Bookmark button on any character, person, season or topic page to keep it here.
        </p>
      ) : shown.length === 0 ? (
        <p className="empty-state">No bookmarks of this type.</p>
      ) : (
        <ul className="bookmark-list">
          {shown.slice(0, limit).map((row) => (
            <FailureBoundary
              key={row.key}
              fallback={() => <DamagedItem rowKey={row.key} reason="it can’t be shown" onRemove={removeRow} />}
            >
              {row.damaged ? (
                <DamagedItem rowKey={row.key} reason={row.reason} onRemove={removeRow} />
              ) : (
                <BookmarkItem row={row} onRemove={removeRow} />
              )}
            </FailureBoundary>
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

type RemoveRow = (key: string, title: string) => void;

function BookmarkItem({ row, onRemove }: { row: Extract<BookmarkRow, { damaged: false }>; onRemove: RemoveRow }) {
  return (
    <li className={row.inWiki ? 'bookmark-item' : 'bookmark-item bookmark-gone'}>
      <div className="bookmark-head">
        <span className="badge">{pageKindLabels[row.kind].one}</span>
        {row.inWiki ? (
          <RefLink to={row.ref} className="bookmark-title">
            {row.title}
          </RefLink>
        ) : (
          <span className="bookmark-title">{row.title}</span>
        )}
        {row.inWiki ? null : <span className="bookmark-missing">no longer in the wiki</span>}
        <span className="muted bookmark-date">
          {row.bookmarked ? 'Added' : 'Note only, not bookmarked;'}{' '}
          <time dateTime={isoDate(row.addedAt)}>{dateFormat.format(row.addedAt)}</time>
        </span>
        <button
          type="button"
          className="button button-quiet bookmark-remove"
          aria-label={`Remove ${row.title}`}
          onClick={() => onRemove(row.key, row.title)}
        >
          Remove
        </button>
      </div>
      <NoteEditor pageRef={row.ref} title={row.title} stored={row.note} />
    </li>
  );
}

function DamagedItem({ rowKey, reason, onRemove }: { rowKey: string; reason: string; onRemove: RemoveRow }) {
  return (
    <li className="bookmark-item bookmark-damaged">
      <div className="bookmark-head">
        <span className="bookmark-title">A damaged bookmark</span>
        <span className="bookmark-missing">{reason}</span>
        <span className="muted bookmark-date">
          stored as <code>{rowKey.length > 80 ? `${rowKey.slice(0, 80)}…` : rowKey}</code>
        </span>
        <button
          type="button"
          className="button button-quiet bookmark-remove"
          aria-label="Remove the damaged bookmark"
          onClick={() => onRemove(rowKey, 'a damaged bookmark')}
        >
          Remove
        </button>
      </div>
    </li>
  );
}

/**
 * Notes typed for pages whose bookmark went away meanwhile (Remove in another tab): offered back, never stored unseen.
 */
function StrandedNotes({ rows }: { rows: readonly BookmarkRow[] }) {
  const drafts = useDrafts();
  const keys = useMemo(() => new Set(rows.map((row) => row.key)), [rows]);
  const stranded = [...drafts].filter(([ref]) => !keys.has(ref));
  if (stranded.length === 0) return null;
  return (
    <>
      {stranded.map(([ref, draft]) => (
        <StrandedNote key={ref} pageRef={ref as EntityRef} draft={draft} />
      ))}
    </>
  );
}

function StrandedNote({ pageRef, draft }: { pageRef: EntityRef; draft: Draft }) {
  const bookmarkAgain = useToggleBookmark(pageRef, draft.title);
  return (
    <div className="notice-inline note-stranded" role="alert">
      <p>
        “{draft.title}” was removed (perhaps in another tab) while you were writing its note, so this note is not saved:
      </p>
      <blockquote className="note-other">{draft.text}</blockquote>
      <div className="note-choices">
        <button
          type="button"
          className="button button-quiet"
          disabled={bookmarkAgain.isPending}
          onClick={() => bookmarkAgain.mutate(true)}
        >
          Bookmark it again, with this note
        </button>
        <button type="button" className="button button-quiet" onClick={() => clearDraft(pageRef)}>
          Discard the note
        </button>
      </div>
      {bookmarkAgain.isError ? (
        <p className="write-error">Not bookmarked: {describeWriteError(bookmarkAgain.error)}.</p>
      ) : null}
    </div>
  );
}
