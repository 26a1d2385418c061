// Checks a save before anything is written: every changed row against the corpus schema, every reference it makes
// against the fan's wiki, and a new page's key against the keys already taken. Each problem names its row and field.
import type { PageDocument, RowChange } from '../../../content/page-document';
import { refKey, refKind } from '../../../content/refs';
import { rowProblems, type FieldProblem } from '../../../content/validate-row';
import { findMissingReferences } from '../../../db/missing-references';
import { isFreeSlug } from '../../../db/page-keys';
import type { WikiDatabase } from '../../../db/wiki-database';

export async function checkChanges(
  db: WikiDatabase,
  current: PageDocument,
  changes: readonly RowChange[],
): Promise<FieldProblem[]> {
  const problems = changes.flatMap((change) =>
    change.after === null ? [] : rowProblems(change.table, change.key, change.after),
  );
  if (problems.length > 0) return problems;
  const kind = refKind(current.ref);
  const key = refKey(current.ref);
  const creating = current.page === null && changes.some((change) => change.table === kind && change.after !== null);
  if (creating && kind !== 'seasons' && kind !== 'sources' && !(await isFreeSlug(db, kind, key)))
    problems.push({ table: kind, key, path: 'name', message: `another page already has the address “${key}”` });
  return [...problems, ...(await findMissingReferences(db, changes))];
}
