// How /edits and /import name what they list: a page ("Character test-villain"), one changed row ("Fact x", "The
// page's own fields") and a change's state.
import { pageKindLabels, statementNouns } from '../../../content/labels';
import { refKey, refKind } from '../../../content/refs';
import type { CorpusTable, EntityRef } from '../../../content/schema';
import { statementLabel } from '../api/document-text';
import type { ListedEditState, PreviewStatus } from '../api/edit-packs-query';

export function pageLabel(page: EntityRef): string {
  return `${pageKindLabels[refKind(page)].one} ${refKey(page)}`;
}

export function rowLabel(table: CorpusTable, key: string): string {
  return table in statementNouns
    ? statementLabel(table as keyof typeof statementNouns, key)
    : `${pageKindLabels[table as keyof typeof pageKindLabels].one} ${key}`;
}

export const editStateLabels: Record<ListedEditState, string> = {
  applied: 'applied',
  conflict: 'conflict: the published version changed it too',
  orphaned: 'orphaned: the published version removed it',
};

export const previewStatusLabels: Record<PreviewStatus, string> = {
  new: 'new',
  applied: 'already applied',
  'conflict-edited': 'conflict: you changed it differently',
  'conflict-published': 'conflict: the published version changed since',
};
