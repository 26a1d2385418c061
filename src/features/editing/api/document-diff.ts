// The word-level differences (jsdiff) between two page documents' readable lines, in document order: what the
// history's "Compare two versions" shows. Loaded with that section only.
import { diffArrays, diffWords, type ChangeObject } from 'diff';
import type { PageDocument } from '../../../content/page-document';
import { documentLines } from './document-text';

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
