// The edit pack: the file fans share their edits in (and maintainers merge into seeds/ with `npm run pack:apply`). Its
// zod schema and limits, the one parser every importer uses (clear messages, nothing half-read) and the file name an
// export gets. Imported only by the export/import code and the CLI, never by a read page: it pulls in zod.
import { z } from 'zod';
import { corpusTables, corpusTableSchemas, type CorpusTable } from './schema.ts';
import { keyOf, type Row } from './tables.ts';
import { slugify } from './slugs.ts';
import { formatPath } from './validate-corpus.ts';

export const editPackFormat = 'jessica-jones-wiki-edits';
export const editPackVersion = 1;

export const editPackLimits = {
  /** The whole file, in bytes. */
  bytes: 5 * 1024 * 1024,
  changes: 2000,
  /** Any one string in the file (a fact's text, an excerpt, a summary). */
  stringLength: 10_000,
  titleLength: 120,
  authorLength: 80,
};

/** One row changed: `base` is the published row the fan changed (null: the fan added it), `value` the fan's (null: removed). */
export type EditPackChange = {
  table: CorpusTable;
  key: string;
  base: Row<CorpusTable> | null;
  value: Row<CorpusTable> | null;
};

export type EditPack = {
  format: typeof editPackFormat;
  version: typeof editPackVersion;
  /** The corpus version the pack's bases come from. */
  corpusHash: string;
  /** ISO date and time. */
  createdAt: string;
  title?: string;
  author?: string;
  changes: EditPackChange[];
};

const changeSchema = z.union(
  corpusTables.map((table) => {
    const row = corpusTableSchemas[table].element as z.ZodType<Row<CorpusTable>>;
    return z.strictObject({
      table: z.literal(table),
      key: z.string().min(1),
      base: row.nullable(),
      value: row.nullable(),
    });
  }),
);

const packSchema = z.strictObject({
  format: z.literal(editPackFormat),
  version: z.literal(editPackVersion),
  corpusHash: z.string().max(64),
  createdAt: z.iso.datetime({ offset: true }),
  title: z.string().trim().min(1).max(editPackLimits.titleLength).optional(),
  author: z.string().trim().min(1).max(editPackLimits.authorLength).optional(),
  changes: z.array(changeSchema).min(1, 'the pack has no changes').max(editPackLimits.changes),
});

export type EditPackCheck = { ok: true; pack: EditPack } | { ok: false; message: string; problems: string[] };

const refuse = (message: string, problems: string[] = []): EditPackCheck => ({ ok: false, message, problems });

/** The first string in `value` longer than `limit`, as a path; undefined when there is none. */
function overlongString(value: unknown, limit: number, path = ''): string | undefined {
  if (typeof value === 'string') return value.length > limit ? path || '(root)' : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [field, inner] of Object.entries(value)) {
    const found = overlongString(inner, limit, Array.isArray(value) ? `${path}[${field}]` : `${path}.${field}`);
    if (found) return found.replace(/^\./, '');
  }
  return undefined;
}

/** Each change's key is its row's key; base and value are the same row; a row is changed once. */
function changeProblems(changes: readonly EditPackChange[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    const at = `changes[${index}]`;
    if (change.base === null && change.value === null) problems.push(`${at}: a change needs a base or a value`);
    for (const side of ['base', 'value'] as const) {
      const row = change[side];
      if (row !== null && String(keyOf(change.table, row)) !== change.key)
        problems.push(`${at}.${side}: the row's key is "${String(keyOf(change.table, row))}", not "${change.key}"`);
    }
    const id = `${change.table}/${change.key}`;
    if (seen.has(id)) problems.push(`${at}: ${id} is changed twice`);
    seen.add(id);
  });
  return problems;
}

/**
 * Reads an edit pack from a file's text: refuses (with a message for the fan and the problems found) an oversized,
 * broken, foreign or newer-format file, and one whose rows do not fit the corpus schema.
 */
export function parseEditPack(text: string): EditPackCheck {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > editPackLimits.bytes)
    return refuse(
      `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; an edit pack is at most ${editPackLimits.bytes / 1024 / 1024} MB.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse('The file is not a whole JSON file: it may be cut short or damaged.', [(error as Error).message]);
  }
  const head = (typeof json === 'object' && json !== null ? json : {}) as { format?: unknown; version?: unknown };
  if (head.format !== editPackFormat) return refuse('This file is not a Jessica Jones Wiki edit pack.');
  if (typeof head.version === 'number' && head.version > editPackVersion)
    return refuse(
      `This pack was made by a newer version of the wiki (pack format ${head.version}; this wiki reads format ${editPackVersion}): update the wiki, then import it again.`,
    );
  if (head.version !== editPackVersion)
    return refuse(`This pack's format version (${String(head.version)}) is unknown.`);
  const long = overlongString(json, editPackLimits.stringLength);
  if (long) return refuse(`The pack has a text longer than ${editPackLimits.stringLength} characters (at ${long}).`);
  const parsed = packSchema.safeParse(json);
  if (!parsed.success)
    return refuse(
      'The pack is damaged: some of its rows do not fit the wiki.',
      parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
    );
  const pack = parsed.data as EditPack;
  const problems = changeProblems(pack.changes);
  if (problems.length > 0) return refuse('The pack is damaged: some of its changes do not fit together.', problems);
  return { ok: true, pack };
}

/** "jessica-jones-wiki-edits-trish-s-radio-show-2026-12-01.json" (without a title: "…-edits-2026-12-01.json"). */
export function editPackFileName(pack: Pick<EditPack, 'title' | 'createdAt'>): string {
  const title = pack.title ? `-${slugify(pack.title)}` : '';
  return `${editPackFormat}${title}-${pack.createdAt.slice(0, 10)}.json`;
}
