// A page document as readable text, one labelled line per page field and per statement ("Summary: A fixture villain.
// (cites 900_…)"): what the history's diffs compare and the conflict view shows.
import { formatPartialDate, isRealPartialDate } from '../../../content/dates';
import { statementNouns } from '../../../content/labels';
import { statementTables, withoutMark, type PageDocument } from '../../../content/page-document';
import type { PartialDate } from '../../../content/schema';

export type DocumentLine = { label: string; text: string };

/** The fields whose value speaks for the object they are in (an alias's name, a cited value's value). */
const primaryFields = new Set(['text', 'value', 'name', 'title', 'person', 'number', 'date']);

/** "portrayedBy" → "Portrayed by". */
export function fieldLabel(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isPartialDate(value: object): value is PartialDate {
  const { value: date, qualifier, ...rest } = value as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    typeof date === 'string' &&
    isRealPartialDate(date) &&
    (qualifier === undefined || typeof qualifier === 'string')
  );
}

/** Any field value as words: lists joined, a date as people write it, citations and spoilers spelled out. */
export function readableValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(readableValue).join(typeof value[0] === 'object' ? '; ' : ', ');
  if (typeof value !== 'object') return String(value);
  if (isPartialDate(value)) return formatPartialDate(value);
  const { sources, spoils, ...fields } = value as Record<string, unknown>;
  const parts = Object.entries(fields).map(([field, inner]) =>
    primaryFields.has(field) ? readableValue(inner) : `${fieldLabel(field).toLowerCase()}: ${readableValue(inner)}`,
  );
  if (Array.isArray(sources) && sources.length > 0) parts.push(`(cites ${sources.join(', ')})`);
  if (spoils !== undefined) parts.push(`(spoils season ${readableValue(spoils)})`);
  return parts.join(' ');
}

/** The label of a statement's line: "Fact heroine-investigates". */
export function statementLabel(table: keyof typeof statementNouns, id: string): string {
  return `${fieldLabel(statementNouns[table])} ${id}`;
}

/** The document as labelled lines: the page's fields in their order, then each statement (facts, quotes, …). */
export function documentLines(document: PageDocument): DocumentLine[] {
  const lines: DocumentLine[] = [];
  if (document.page)
    for (const [field, value] of Object.entries(withoutMark(document.page)))
      lines.push({ label: fieldLabel(field), text: readableValue(value) });
  for (const table of statementTables)
    for (const row of document.statements[table]) {
      const { id, ...fields } = withoutMark(row);
      lines.push({ label: statementLabel(table, id), text: readableValue(fields) });
    }
  return lines;
}
