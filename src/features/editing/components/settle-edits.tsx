// "Changes to settle" on a page's history: for each row where the published version changed what the fan edited, base /
// published / mine side by side field by field, with keep mine, take the published one, or edit a merge in the editor;
// for each row upstream removed, the fan's version with keep it as my own, or drop it.
import { Link } from '@tanstack/react-router';
import { Section } from '../../../components/page';
import { refPath } from '../../../content/refs';
import type { EntityRef } from '../../../content/schema';
import { describeWriteError } from '../../../lib/write-error';
import type { UnsettledEdit } from '../api/unsettled-edits';
import { useSettleEdit, type Settlement } from '../api/use-settle-edit';

const choices: Record<UnsettledEdit['state'], { choice: Settlement; label: string }[]> = {
  conflict: [
    { choice: 'mine', label: 'Keep mine' },
    { choice: 'published', label: 'Take the published one' },
  ],
  orphaned: [
    { choice: 'own', label: 'Keep as my own' },
    { choice: 'drop', label: 'Drop my edit' },
  ],
};

export function SettleEdits({ page, edits }: { page: EntityRef; edits: readonly UnsettledEdit[] }) {
  const settle = useSettleEdit();
  // The editor route (/<kind>/$key/edit) settles a conflict with the merge the fan saves.
  const editor: string = `${refPath(page)}/edit`;
  return (
    <Section title="Changes to settle">
      <p>
        A new published version of the wiki changed what you edited here. Until you choose, the page shows your version.
      </p>
      {edits.map((edit) => (
        <article key={edit.id} className="settle-edit" aria-labelledby={`settle-${edit.id}`}>
          <h3 id={`settle-${edit.id}`}>
            {edit.label}:{' '}
            {edit.state === 'conflict'
              ? 'you and the published version both changed it'
              : 'the published version removed it'}
          </h3>
          {edit.fields.map((field) => (
            <div key={field.field} className="three-way">
              <h4>{field.label}</h4>
              <dl>
                {edit.state === 'conflict' ? (
                  <>
                    <div>
                      <dt>What you edited from</dt>
                      <dd>{field.base || '(empty)'}</dd>
                    </div>
                    <div>
                      <dt>Published now</dt>
                      <dd>{field.published || '(removed)'}</dd>
                    </div>
                  </>
                ) : null}
                <div>
                  <dt>Yours</dt>
                  <dd>{field.mine || '(removed)'}</dd>
                </div>
              </dl>
            </div>
          ))}
          <p className="settle-actions">
            {choices[edit.state].map(({ choice, label }) => (
              <button
                key={choice}
                type="button"
                className="button button-quiet"
                disabled={settle.isPending}
                onClick={() => settle.mutate({ page, editId: edit.id, choice })}
              >
                {label}
              </button>
            ))}
            {edit.state === 'conflict' ? (
              <Link className="button button-quiet" to={editor}>
                Edit a merge
              </Link>
            ) : null}
          </p>
        </article>
      ))}
      {settle.isError ? (
        <p role="alert" className="edit-error">
          Not settled: {describeWriteError(settle.error)}.
        </p>
      ) : null}
    </Section>
  );
}
