// Checks one row a fan saves against the same zod schema that checks seeds/ (loaded with the editor, never on a read
// page): each problem names the field it is about, for the editor to show beside it.
import type { z } from 'zod';
import { corpusTableSchemas, type CorpusTable } from './schema.ts';
import { formatPath } from './validate-corpus.ts';

/** A problem with one field of one row: `path` as in "summary.sources" or "aliases[0].name". */
export type FieldProblem = { table: CorpusTable; key: string; path: string; message: string };

export function rowProblems(table: CorpusTable, key: string, row: unknown): FieldProblem[] {
  const schema = corpusTableSchemas[table].element as z.ZodType;
  const result = schema.safeParse(row);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ table, key, path: formatPath(issue.path), message: issue.message }));
}
