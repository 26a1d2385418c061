// Checks one row a fan saves against the same zod schema that checks seeds/ (loaded with the editor, never on a read
// page): each problem names the field it is about, for the editor to show beside it, in words a fan reads.
import type { z } from 'zod';
import { corpusTableSchemas, type CorpusTable } from './schema.ts';
import { formatPath } from './validate-corpus.ts';

/** A problem with one field of one row: `path` as in "summary.sources" or "aliases[0].name". */
export type FieldProblem = { table: CorpusTable; key: string; path: string; message: string };

/** zod's own wording for the problems its schema leaves unworded ("Too small: expected string…"), in a fan's words. */
const fanWording: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'too_small' && issue.minimum === 1)
    return issue.origin === 'array' ? 'add at least one' : 'this can’t be empty';
  if (issue.code === 'invalid_type' && (issue.input === undefined || Number.isNaN(issue.input)))
    return 'this needs a value';
  return undefined;
};

export function rowProblems(table: CorpusTable, key: string, row: unknown): FieldProblem[] {
  const schema = corpusTableSchemas[table].element as z.ZodType;
  const result = schema.safeParse(row, { error: fanWording });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ table, key, path: formatPath(issue.path), message: issue.message }));
}
