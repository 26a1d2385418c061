// Where the page stands with the fan's edits: on a page with edits, the switch to see it as published (without them);
// a notice when a new published version changed what the fan edited (or removed it). Its own chunk, loaded after the
// page is usable.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { EntityRef } from '../../../content/schema';
import { hasUnsettledMarks } from '../api/document-marks';
import { pageEditMarksQueryOptions } from '../api/page-edit-marks-query';
import { usePublishedView } from '../api/use-published-view';

export default function EditState({ about, history }: { about: EntityRef; history: string }) {
  const { data: marks = [] } = useQuery(pageEditMarksQueryOptions(about));
  const [published, showPublished] = usePublishedView();
  const edited = marks.length > 0;
  return (
    <>
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
      {hasUnsettledMarks(marks) ? (
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
