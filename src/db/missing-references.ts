// Finds what a save's rows refer to that the fan's wiki does not have (a source, a person, a season, a character, a
// page), counting the rows the same save adds; each problem names its row and field.
import type { RowChange } from '../content/page-document';
import { pageKindLabels, statementNouns } from '../content/labels';
import type { CorpusTable, EntityKind } from '../content/schema';
import { tables, type LookupField, type Row } from '../content/tables';
import type { FieldProblem } from '../content/validate-row';
import { referencesOf } from '../content/validate-corpus';
import { readWhere } from './read-content';
import type { WikiDatabase } from './wiki-database';

function nounOf(table: CorpusTable): string {
  return table in statementNouns
    ? statementNouns[table as keyof typeof statementNouns]
    : pageKindLabels[table as EntityKind].noun;
}

export async function findMissingReferences(db: WikiDatabase, changes: readonly RowChange[]): Promise<FieldProblem[]> {
  const added = new Set(changes.filter((change) => change.after !== null).map((c) => `${c.table}/${c.key}`));
  const removed = new Set(changes.filter((change) => change.after === null).map((c) => `${c.table}/${c.key}`));
  const references = changes.flatMap((change) =>
    change.after === null
      ? []
      : referencesOf(change.table, change.after as Row<CorpusTable>).map((reference) => ({ change, reference })),
  );
  const wanted = new Map<CorpusTable, Set<string | number>>();
  for (const { reference } of references) {
    if (added.has(`${reference.table}/${reference.key}`)) continue;
    const keys = wanted.get(reference.table) ?? new Set();
    wanted.set(reference.table, keys.add(reference.key));
  }
  const existing = new Set<string>();
  await Promise.all(
    [...wanted].map(async ([table, keys]) => {
      const field = tables[table].key as LookupField<typeof table>;
      for (const row of await readWhere(db, table, field, [...keys]))
        existing.add(`${table}/${String(row[field as keyof typeof row])}`);
    }),
  );
  return references.flatMap(({ change, reference }) => {
    const id = `${reference.table}/${reference.key}`;
    if ((added.has(id) || existing.has(id)) && !removed.has(id)) return [];
    return [
      {
        table: change.table,
        key: change.key,
        path: reference.path,
        message: `there is no ${nounOf(reference.table)} “${reference.key}” in the wiki`,
      },
    ];
  });
}
