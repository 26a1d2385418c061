// /edits: every change the fan made, grouped by page with its state and the way to the page and its history; exporting
// all of them or the chosen pages as an edit pack (a file), and one page's changes as a link for a chat app.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { refKey, refKind, refPath } from '../../../content/refs';
import type { EntityRef } from '../../../content/schema';
import { localEditsQueryOptions, type ListedEditState, type PageEdits } from '../api/edit-packs-query';
import { downloadEditPack, editPackLink, type PackLink } from '../api/edit-pack-io';
import { editStateLabels, pageLabel, rowLabel } from './pack-labels';

const failure = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function EditsOverview() {
  const { data: pages = [] } = useQuery(localEditsQueryOptions());
  const [chosen, setChosen] = useState<ReadonlySet<EntityRef>>(new Set());
  const [title, setTitle] = useState('');
  const [author, setAuthor] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();

  const exportPages = async (chosenPages: readonly PageEdits[] | undefined) => {
    try {
      const ids = chosenPages?.flatMap((page) => page.edits.map((edit) => edit.id));
      const fileName = await downloadEditPack({ ids, title, author });
      setMessage({ text: `Exported ${fileName}.` });
    } catch (error) {
      setMessage({ text: `The pack could not be made: ${failure(error)}`, error: true });
    }
  };

  if (pages.length === 0)
    return <p>You have not edited any page on this device yet. Edit a page, and your changes show here.</p>;
  const toggle = (page: EntityRef, on: boolean) =>
    setChosen((old) => {
      const next = new Set(old);
      if (on) next.add(page);
      else next.delete(page);
      return next;
    });
  const chosenPages = pages.filter((page) => chosen.has(page.page));
  return (
    <>
      <ul className="edits-list">
        {pages.map((page) => (
          <li key={page.page} className="edits-page">
            <label className="edits-choice">
              <input
                type="checkbox"
                checked={chosen.has(page.page)}
                onChange={(event) => toggle(page.page, event.target.checked)}
              />{' '}
              Choose {pageLabel(page.page)}
            </label>
            <p>
              <Link to={refPath(page.page)}>{pageLabel(page.page)}</Link> ·{' '}
              <Link to="/$kind/$key/history" params={{ kind: refKind(page.page), key: refKey(page.page) }}>
                history
              </Link>
            </p>
            <ul>
              {page.edits.map((edit) => (
                <li key={edit.id}>
                  {rowLabel(edit.table, edit.key)}
                  {edit.value === null ? ' (removed)' : edit.base === null ? ' (added)' : ''}:{' '}
                  {editStateLabels[edit.state as ListedEditState]}
                  {edit.pack ? ` · imported from “${edit.pack.title}”` : ''}
                </li>
              ))}
            </ul>
            <ShareLink page={page} />
          </li>
        ))}
      </ul>
      <form
        className="edits-export"
        aria-label="Export"
        onSubmit={(event) => {
          event.preventDefault();
          void exportPages(undefined);
        }}
      >
        <label>
          Title (optional) <input value={title} maxLength={120} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label>
          Your name (optional){' '}
          <input value={author} maxLength={80} onChange={(event) => setAuthor(event.target.value)} />
        </label>
        <p>
          <button type="submit" className="button">
            Export all
          </button>{' '}
          <button
            type="button"
            className="button button-quiet"
            disabled={chosenPages.length === 0}
            onClick={() => void exportPages(chosenPages)}
          >
            Export chosen pages ({chosenPages.length})
          </button>
        </p>
        {message ? (
          <p role={message.error ? 'alert' : 'status'} className={message.error ? 'backup-error' : undefined}>
            {message.text}
          </p>
        ) : null}
      </form>
    </>
  );
}

/** "Copy link" for one page's changes; a link too long for chat apps says so and offers the file instead. */
function ShareLink({ page }: { page: PageEdits }) {
  const ids = page.edits.map((edit) => edit.id);
  const [link, setLink] = useState<PackLink & { copied: boolean }>();
  const [error, setError] = useState<string>();
  const copy = async () => {
    try {
      const made = await editPackLink(ids, window.location.origin);
      const copied =
        !made.tooLong &&
        (await navigator.clipboard?.writeText(made.url).then(
          () => true,
          () => false,
        ));
      setLink({ ...made, copied: Boolean(copied) });
    } catch (caught) {
      setError(`The link could not be made: ${failure(caught)}`);
    }
  };
  return (
    <div className="edits-share">
      <button type="button" className="button button-quiet button-small" onClick={() => void copy()}>
        Copy link
      </button>
      {error ? <p role="alert">{error}</p> : null}
      {link?.tooLong ? (
        <p role="status">
          This link would be {link.url.length.toLocaleString('en')} characters long, more than the{' '}
          {link.limit.toLocaleString('en')} chat apps take.{' '}
          <button type="button" className="button-link" onClick={() => void downloadEditPack({ ids })}>
            Export this page as a file
          </button>{' '}
          and send that instead.
        </p>
      ) : link ? (
        <p role="status">
          {link.copied ? 'Link copied. ' : 'Copy this link: '}
          <input readOnly aria-label="Link to these changes" value={link.url} onFocus={(e) => e.target.select()} />
        </p>
      ) : null}
    </div>
  );
}
