// What an entity page gets from editing: links to its editor and history, a notice when a new published version changed what the
// fan edited (or removed it), and, on a page with edits, the switch to see it as published (without the fan's edits).
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { refPath } from '../../../content/refs';
import type { EntityRef } from '../../../content/schema';
import { editMarks, hasUnsettledEdits } from '../api/document-marks';
import { pageDocumentQueryOptions } from '../api/page-document-query';
import { usePublishedView } from '../api/use-published-view';

export function EditTools({ about }: { about: EntityRef }) {
  const { data: document } = useQuery(pageDocumentQueryOptions(about, 'mine'));
  const [published, showPublished] = usePublishedView();
  const edited = document ? editMarks(document).length > 0 : false;
  const history: string = `${refPath(about)}/history`;
  const edit: string = `${refPath(about)}/edit`;
  return (
    <>
      <Link to={edit} className="button button-quiet page-edit-link">
        Edit
      </Link>
      <Link className="button button-quiet" to={history}>
        History
      </Link>
      {edited || published ? (
        <button
          type="button"
          className="button button-quiet"
          aria-pressed={published}
          onClick={() => showPublished(!published)}
        >
          As published
        </button>
      ) : null}
      {document && hasUnsettledEdits(document) ? (
        <p className="notice-inline edit-notice" role="status">
          The published version changed what you edited. <Link to={history}>Settle it in the page’s history</Link>
        </p>
      ) : null}
      {published && edited ? (
        <p className="notice-inline edit-notice" role="status">
          You are seeing the wiki as published, without your edits.
        </p>
      ) : null}
    </>
  );
}
