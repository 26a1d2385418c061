// What a new corpus left for the fan to settle on a page, ready to show: each conflicting row with base / published /
// mine side by side, field by field, and each orphaned row (upstream removed it) with the fan's version.
import { refKey, refKind } from '../../../content/refs';
import type { EntityRef } from '../../../content/schema';
import { mergeFields } from '../../../db/rebase-edits';
import { changedFields } from '../../../content/row-fields';
import type { LocalEdit } from '../../../db/wiki-database';
import { fieldLabel, readableValue, statementLabel } from './document-text';
import { statementNouns } from '../../../content/labels';

/** One field as it stood when the fan edited it, as published now, and as the fan has it. */
export type FieldVersions = { field: string; label: string; base: string; published: string; mine: string };

export type UnsettledEdit = {
  id: string;
  state: 'conflict' | 'orphaned';
  /** What the row is on the page: "This page" for its own fields, else "Fact <id>", "Quote <id>", … */
  label: string;
  /** A conflict's differing fields; an orphan's every field (nothing published). */
  fields: FieldVersions[];
};

type Fields = Record<string, unknown>;
const fieldsOf = (row: unknown): Fields => (typeof row === 'object' && row !== null ? (row as Fields) : {});

function rowLabel(page: EntityRef, edit: LocalEdit): string {
  if (edit.table === refKind(page) && edit.key === refKey(page)) return 'This page';
  return edit.table in statementNouns
    ? statementLabel(edit.table as keyof typeof statementNouns, edit.key)
    : `${fieldLabel(edit.table)} ${edit.key}`;
}

/** The fields both sides changed (every differing one when either side removed the row). */
function conflictingFields(edit: LocalEdit): string[] {
  if (edit.base === null || edit.value === null || edit.published === null)
    return changedFields(edit.published, edit.value);
  return mergeFields(fieldsOf(edit.base), fieldsOf(edit.value), fieldsOf(edit.published)).conflicts;
}

export function unsettledEdits(page: EntityRef, edits: readonly LocalEdit[]): UnsettledEdit[] {
  return edits.flatMap((edit) => {
    if (edit.state !== 'conflict' && edit.state !== 'orphaned') return [];
    const fields = edit.state === 'conflict' ? conflictingFields(edit) : changedFields(null, edit.value);
    const [base, published, mine] = [edit.base, edit.published, edit.value].map(fieldsOf);
    return [
      {
        id: edit.id,
        state: edit.state,
        label: rowLabel(page, edit),
        fields: fields.map((field) => ({
          field,
          label: fieldLabel(field),
          base: readableValue(base?.[field]),
          published: readableValue(published?.[field]),
          mine: readableValue(mine?.[field]),
        })),
      },
    ];
  });
}
