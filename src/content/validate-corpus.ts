// Checks a whole corpus (one parsed value per seed file): the schema, unique keys and that every reference resolves;
// each problem names its file and path.
import type { z } from 'zod';
import { corpusTables, corpusTableSchemas, type Corpus, type CorpusTable, type EntityRef } from './schema.ts';
import { refKind, refKey } from './refs.ts';
import { keyOf, type Row } from './tables.ts';

export type CorpusProblem = { file: string; path: string; message: string };
export type CorpusCheck = { ok: true; corpus: Corpus } | { ok: false; problems: CorpusProblem[] };

export function seedFileName(table: CorpusTable): string {
  return `seeds/${table}.json`;
}

/** A zod issue path as text: "aliases[0].sources[1]". */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
      .join('')
      .replace(/^\./, '') || '(root)'
  );
}

export function validateCorpus(files: Partial<Record<CorpusTable, unknown>>): CorpusCheck {
  const problems: CorpusProblem[] = [];
  const parsed: Partial<Record<CorpusTable, unknown[]>> = {};
  for (const table of corpusTables) {
    const file = seedFileName(table);
    if (!(table in files)) {
      problems.push({ file, path: '(root)', message: 'the file is missing' });
      continue;
    }
    const result = (corpusTableSchemas[table] as z.ZodType<unknown[]>).safeParse(files[table]);
    if (result.success) parsed[table] = result.data;
    else
      for (const issue of result.error.issues)
        problems.push({ file, path: formatPath(issue.path), message: issue.message });
  }
  if (problems.length > 0) return { ok: false, problems };
  const corpus = parsed as Corpus;
  problems.push(...findIntegrityProblems(corpus));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, corpus };
}

function findIntegrityProblems(corpus: Corpus): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const keys = {} as Record<CorpusTable, Set<string>>;
  for (const table of corpusTables) {
    keys[table] = new Set();
    (corpus[table] as Row<CorpusTable>[]).forEach((row, index) => {
      const key = String(keyOf(table, row));
      if (keys[table].has(key))
        problems.push({ file: seedFileName(table), path: `[${index}]`, message: `duplicate key "${key}"` });
      keys[table].add(key);
    });
  }

  for (const table of corpusTables)
    (corpus[table] as Row<CorpusTable>[]).forEach((row, index) => {
      for (const reference of referencesOf(table, row))
        if (!keys[reference.table].has(String(reference.key)))
          problems.push({
            file: seedFileName(table),
            path: `[${index}].${reference.path}`,
            message: `"${reference.key}" is not in ${seedFileName(reference.table)}`,
          });
    });
  for (const table of ['characters', 'people', 'series', 'topics', 'places'] as const) {
    const claimed = new Set<string>();
    corpus[table].forEach((row, i) => {
      (row.formerSlugs ?? []).forEach((former, j) => {
        const path = `[${i}].formerSlugs[${j}]`;
        if (keys[table].has(former))
          problems.push({ file: seedFileName(table), path, message: `former slug "${former}" is a current slug` });
        else if (claimed.has(former))
          problems.push({ file: seedFileName(table), path, message: `former slug "${former}" is claimed twice` });
        claimed.add(former);
      });
    });
  }
  return problems.map((problem) => ({ ...problem, path: problem.path.replace(/^\./, '') }));
}

/** A reference from one field of a row to a row of another table (or its own). */
export type RowReference = { path: string; table: CorpusTable; key: string | number };

function sourceReferences(value: unknown, path: string): RowReference[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => sourceReferences(item, `${path}[${index}]`));
  return Object.entries(value).flatMap(([field, inner]) =>
    field === 'sources' && Array.isArray(inner)
      ? inner.map((id: string, index) => ({ path: `${path}.sources[${index}]`, table: 'sources' as const, key: id }))
      : sourceReferences(inner, `${path}.${field}`),
  );
}

const toRef = (path: string, ref: EntityRef): RowReference => ({ path, table: refKind(ref), key: refKey(ref) });

/** Every reference a row makes (its citations, the people, seasons, series, characters and pages it names). */
export function referencesOf<T extends CorpusTable>(table: T, row: Row<T>): RowReference[] {
  const references = sourceReferences(row, '').map((reference) => ({ ...reference, path: reference.path.slice(1) }));
  const add = (path: string, target: CorpusTable, key: string | number | undefined) =>
    key !== undefined && references.push({ path, table: target, key });
  const about = (refs: readonly EntityRef[]) => refs.forEach((ref, j) => references.push(toRef(`about[${j}]`, ref)));
  if (table === 'characters') {
    const character = row as Row<'characters'>;
    character.portrayedBy.forEach((actor, j) => add(`portrayedBy[${j}].person`, 'people', actor.person));
    character.seasons.forEach((season, j) => add(`seasons[${j}].number`, 'seasons', season.number));
  } else if (table === 'people') {
    (row as Row<'people'>).otherWorks.forEach((work, j) => add(`otherWorks[${j}].series`, 'series', work.series));
  } else if (table === 'seasons') {
    (row as Row<'seasons'>).directors.forEach((director, j) =>
      add(`directors[${j}].person`, 'people', director.person),
    );
  } else if (table === 'relationships') {
    const relationship = row as Row<'relationships'>;
    add('from', 'characters', relationship.from);
    add('to', 'characters', relationship.to);
  } else if (table === 'facts') {
    about((row as Row<'facts'>).about);
  } else if (table === 'quotes') {
    const quote = row as Row<'quotes'>;
    references.push(toRef('speaker', quote.speaker));
    about(quote.about);
  } else if (table === 'events') {
    const event = row as Row<'events'>;
    about(event.about);
    add('outcome', 'events', event.outcome);
  }
  return references;
}

export function formatCorpusProblems(problems: CorpusProblem[]): string {
  return problems.map(({ file, path, message }) => `${file} ${path}: ${message}`).join('\n');
}
