// Compares corpus rows field by field (a row's top-level fields are what an editor changes and a merge settles one by
// one), whatever order their keys were written in.
import { dequal } from 'dequal/lite';

/** Whether two rows (or field values) are the same data. */
export function sameData(a: unknown, b: unknown): boolean {
  return dequal(a, b);
}

function fieldsOf(row: unknown): Record<string, unknown> {
  return typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
}

/** The top-level fields whose values differ between two rows (every field of the other when one is null). */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = fieldsOf(before);
  const b = fieldsOf(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((field) => !dequal(a[field], b[field]));
}
