// The word-level differences (jsdiff) between two page documents' readable lines, in document order: what the
// history's "Compare two versions" shows, and a row's changed fields in an edit pack's preview.
import { diffArrays, diffWords, type ChangeObject } from 'diff';
import type { PageDocument } from '../../../content/page-document';
import { documentLines, fieldLabel, readableValue } from './document-text';

/** One line that differs: its words, each kept, added or removed. */
export type LineDiff = { label: string; parts: ChangeObject<string>[] };

/**
 * The lines that differ between `before` and `after` (null: nothing, e.g. before a page existed), in document order,
 * each as its words kept, removed and added.
 */
export function diffDocuments(before: PageDocument | null, after: PageDocument | null): LineDiff[] {
  const was = before ? documentLines(before) : [];
  const now = after ? documentLines(after) : [];
  const textWas = new Map(was.map((line) => [line.label, line.text]));
  const textNow = new Map(now.map((line) => [line.label, line.text]));
  const labels = diffArrays(
    was.map((line) => line.label),
    now.map((line) => line.label),
  ).flatMap((change) => change.value);
  return [...new Set(labels)].flatMap((label) => {
    const from = textWas.get(label) ?? '';
    const to = textNow.get(label) ?? '';
    return from === to ? [] : [{ label, parts: diffWords(from, to) }];
  });
}

/** The fields that differ between two versions of one row, each as its words kept, removed and added. */
export function diffRows(before: object, after: object): LineDiff[] {
  const was = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  return [...new Set([...Object.keys(was), ...Object.keys(now)])].flatMap((field) => {
    const from = readableValue(was[field]);
    const to = readableValue(now[field]);
    return from === to ? [] : [{ label: fieldLabel(field), parts: diffWords(from, to) }];
  });
}
