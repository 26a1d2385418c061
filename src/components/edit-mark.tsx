// The visible, accessible mark on what the fan changed: "Your edit" beside a changed field or statement, "Added by you"
// beside a statement or page the fan added, saying too when a new published version left it to settle.
import type { EditMark as Mark } from '../content/page-document';

const settleNotes: Partial<Record<Mark['state'], string>> = {
  conflict: ', in conflict with the published version',
  orphaned: ', no longer published',
};

/**
 * `field`: mark only a change to that field of the row (or any of them); none: mark the whole row. A row the fan added
 * is marked as a whole only (its fields are all the fan's).
 */
export function EditMark({ mark, field }: { mark: Mark | undefined; field?: string | readonly string[] }) {
  if (!mark) return null;
  if (field !== undefined && (mark.added || ![field].flat().some((name) => mark.fields.includes(name)))) return null;
  const note = settleNotes[mark.state] ?? '';
  return (
    <span className={note ? 'edit-mark edit-mark-conflict' : 'edit-mark'}>
      {mark.added ? 'Added by you' : 'Your edit'}
      {note}
    </span>
  );
}
