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

function formatPath(path: readonly PropertyKey[]): string {
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

  const check = (table: CorpusTable, path: string, target: CorpusTable, key: string | number) => {
    if (!keys[target].has(String(key)))
      problems.push({ file: seedFileName(table), path, message: `"${key}" is not in ${seedFileName(target)}` });
  };
  const checkRef = (table: CorpusTable, path: string, ref: EntityRef) => check(table, path, refKind(ref), refKey(ref));
  const checkSources = (table: CorpusTable, path: string, value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => checkSources(table, `${path}[${index}]`, item));
      return;
    }
    for (const [field, inner] of Object.entries(value)) {
      if (field === 'sources' && Array.isArray(inner))
        inner.forEach((id: string, index) => check(table, `${path}.sources[${index}]`, 'sources', id));
      else checkSources(table, `${path}.${field}`, inner);
    }
  };

  for (const table of corpusTables) checkSources(table, '', corpus[table]);
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
  corpus.characters.forEach((character, i) => {
    character.portrayedBy.forEach((actor, j) =>
      check('characters', `[${i}].portrayedBy[${j}].person`, 'people', actor.person),
    );
    character.seasons.forEach((season, j) =>
      check('characters', `[${i}].seasons[${j}].number`, 'seasons', season.number),
    );
  });
  corpus.people.forEach((person, i) =>
    person.otherWorks.forEach(
      (work, j) => work.series && check('people', `[${i}].otherWorks[${j}].series`, 'series', work.series),
    ),
  );
  corpus.seasons.forEach((season, i) =>
    season.directors.forEach((director, j) =>
      check('seasons', `[${i}].directors[${j}].person`, 'people', director.person),
    ),
  );
  corpus.relationships.forEach((relationship, i) => {
    check('relationships', `[${i}].from`, 'characters', relationship.from);
    check('relationships', `[${i}].to`, 'characters', relationship.to);
  });
  corpus.facts.forEach((fact, i) => fact.about.forEach((ref, j) => checkRef('facts', `[${i}].about[${j}]`, ref)));
  corpus.quotes.forEach((quote, i) => {
    checkRef('quotes', `[${i}].speaker`, quote.speaker);
    quote.about.forEach((ref, j) => checkRef('quotes', `[${i}].about[${j}]`, ref));
  });
  corpus.events.forEach((event, i) => {
    event.about.forEach((ref, j) => checkRef('events', `[${i}].about[${j}]`, ref));
    if (event.outcome) check('events', `[${i}].outcome`, 'events', event.outcome);
  });
  return problems.map((problem) => ({ ...problem, path: problem.path.replace(/^\./, '') }));
}

export function formatCorpusProblems(problems: CorpusProblem[]): string {
  return problems.map(({ file, path, message }) => `${file} ${path}: ${message}`).join('\n');
}
