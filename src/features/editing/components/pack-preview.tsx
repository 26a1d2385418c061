// What an edit pack would change, page by page, before anything is written: each row added, changed (word by word) or
// removed, what is already applied and what conflicts; the fan picks all or part of it and applies it in one go.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { EditPack } from '../../../content/edit-pack';
import { refPath } from '../../../content/refs';
import { diffRows } from '../api/document-diff';
import { readableValue } from '../api/document-text';
import { packPreviewQueryOptions, type PreviewChange } from '../api/edit-packs-query';
import { useApplyPack } from '../api/use-edit-packs';
import { pageLabel, previewStatusLabels, rowLabel } from './pack-labels';
import { WordDiffLines } from './word-diff';

const actionLabels: Record<PreviewChange['action'], string> = { add: 'Adds', change: 'Changes', remove: 'Removes' };

const rowText = (row: unknown) => (row ? readableValue(row) : '');

function ChangeText({ change }: { change: PreviewChange }) {
  if (change.action === 'add') return <ins>{rowText(change.value)}</ins>;
  if (change.action === 'remove') return <del>{rowText(change.current)}</del>;
  return <WordDiffLines lines={diffRows(change.current ?? {}, change.value ?? {})} />;
}

/** `nested`: the preview sits in a section of its page (its title one heading level down). */
export function PackPreview({ pack, nested = false }: { pack: EditPack; nested?: boolean }) {
  const Title = nested ? 'h3' : 'h2';
  const { data: preview, error } = useQuery(packPreviewQueryOptions(pack));
  const apply = useApplyPack();
  const [picked, setPicked] = useState<ReadonlyMap<string, boolean>>(new Map());
  if (error) return <p role="alert">The pack could not be read against your wiki: {error.message}</p>;
  if (!preview) return <p role="status">Comparing the pack with your wiki…</p>;

  const changes = preview.pages.flatMap((page) => page.changes);
  const open = changes.filter((change) => change.status !== 'applied');
  const isChosen = (change: PreviewChange) =>
    change.status !== 'applied' && (picked.get(change.id) ?? change.status === 'new');
  const chosen = open.filter(isChosen).map((change) => change.id);
  const pick = (ids: readonly string[], on: boolean) =>
    setPicked((old) => new Map([...old, ...ids.map((id) => [id, on] as const)]));

  return (
    <section className="pack-preview" aria-label="Preview">
      <Title>{pack.title ?? 'Untitled pack'}</Title>
      <p>
        {pack.author ? `By ${pack.author}, ` : ''}made {pack.createdAt.slice(0, 10)}: {changes.length} changes,{' '}
        {changes.length - open.length} already applied.
      </p>
      {preview.problems.length > 0 ? (
        <div role="alert">
          <p>Some changes refer to what neither the pack nor your wiki has:</p>
          <ul>
            {preview.problems.map((problem) => (
              <li key={`${problem.table}/${problem.key}/${problem.path}`}>
                {rowLabel(problem.table, problem.key)} ({problem.path}): {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.pages.map((page) => (
        <fieldset key={page.page} className="pack-page">
          <legend>
            <Link to={refPath(page.page)}>{pageLabel(page.page)}</Link>
          </legend>
          <ul>
            {page.changes.map((change) => (
              <li key={change.id} className={`pack-change pack-${change.status}`}>
                <label>
                  <input
                    type="checkbox"
                    disabled={change.status === 'applied'}
                    checked={isChosen(change)}
                    onChange={(event) => pick([change.id], event.target.checked)}
                  />{' '}
                  {actionLabels[change.action]} {rowLabel(change.table, change.key)}:{' '}
                  {previewStatusLabels[change.status]}
                </label>
                <div className="pack-change-text">
                  <ChangeText change={change} />
                </div>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button button-quiet"
          onClick={() =>
            pick(
              open.map((c) => c.id),
              true,
            )
          }
        >
          Choose all
        </button>{' '}
        <button
          type="button"
          className="button"
          disabled={chosen.length === 0 || apply.isPending}
          onClick={() => apply.mutate({ pack, ids: chosen }, { onSuccess: () => setPicked(new Map()) })}
        >
          Apply {chosen.length} chosen {chosen.length === 1 ? 'change' : 'changes'}
        </button>
      </p>
      {apply.isError ? (
        <p role="alert" className="backup-error">
          Nothing was applied: {apply.error.message}
        </p>
      ) : apply.isSuccess ? (
        <p role="status">Applied {apply.data} changes.</p>
      ) : null}
    </section>
  );
}
