// Importing an edit pack: a file is read and checked (nothing is written) and, if it is a pack, previewed; a refused
// file says why. Also the packs imported before, each undone as a unit.
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { EditPackCheck } from '../../../content/edit-pack';
import { readEditPackFile } from '../api/edit-pack-io';
import { importedPacksQueryOptions } from '../api/edit-packs-query';
import { useUndoPack } from '../api/use-edit-packs';
import { PackPreview } from './pack-preview';

/** A checked pack: its preview, or why it was refused. */
export function PackCheckResult({ check, nested = false }: { check: EditPackCheck; nested?: boolean }) {
  if (check.ok) return <PackPreview pack={check.pack} nested={nested} />;
  return (
    <div role="alert" className="backup-error">
      <p>{check.message} Nothing was changed.</p>
      {check.problems.length > 0 ? (
        <ul>
          {check.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function PackImport() {
  const input = useRef<HTMLInputElement>(null);
  const [check, setCheck] = useState<EditPackCheck>();
  const read = async (file: File | undefined) => {
    if (!file) return;
    setCheck(undefined);
    setCheck(await readEditPackFile(file));
    if (input.current) input.current.value = '';
  };
  return (
    <>
      <label className="button button-quiet file-button">
        Import a pack
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          onChange={(event) => void read(event.target.files?.[0])}
        />
      </label>
      {check ? <PackCheckResult check={check} nested /> : null}
    </>
  );
}

export function ImportedPacks() {
  const { data: packs = [] } = useQuery(importedPacksQueryOptions());
  const undo = useUndoPack();
  return (
    <>
      {packs.length === 0 ? <p>No imported pack is showing in your wiki.</p> : null}
      <ul>
        {packs.map((pack) => (
          <li key={pack.id}>
            “{pack.title}”: {pack.rows} {pack.rows === 1 ? 'row' : 'rows'}{' '}
            <button
              type="button"
              className="button button-quiet button-small"
              disabled={undo.isPending}
              onClick={() => undo.mutate(pack.id)}
            >
              Undo “{pack.title}”
            </button>
          </li>
        ))}
      </ul>
      {undo.isError ? (
        <p role="alert" className="backup-error">
          Nothing was undone: {undo.error.message}
        </p>
      ) : undo.isSuccess ? (
        <p role="status">
          Undone: {undo.data.reverted} rows back as they were
          {undo.data.kept.length > 0 ? `; ${undo.data.kept.length} you changed since were kept` : ''}.
        </p>
      ) : null}
    </>
  );
}
