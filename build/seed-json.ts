// Writes seeds/*.json the way the repository formats them, so a diff shows only what changed. Each seed file is in one
// of three layouts (found by reading it back): a row per line; a field per line (lists of several records one record
// per line); or fully indented. seeds/coverage.json has its own: a sentence per line.
import type { Coverage } from '../src/content/coverage.ts';

type Json = unknown;

/** `{ "a": 1, "b": ["x", "y"] }` on one line, with spaces inside braces as the seed files write them. */
function inline(value: Json, braceSpace = ' '): string {
  if (Array.isArray(value)) return `[${value.map((item) => inline(item, braceSpace)).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).map(([key, inner]) => `${JSON.stringify(key)}: ${inline(inner, braceSpace)}`);
    return fields.length === 0 ? '{}' : `{${braceSpace}${fields.join(', ')}${braceSpace}}`;
  }
  return JSON.stringify(value);
}

/** A field's value in the field-per-line layout: a list of several records gets a line per record. */
function fieldValue(value: Json): string {
  const records = Array.isArray(value) && value.length > 1 && value.every((item) => typeof item === 'object');
  return records ? `[\n${value.map((item) => `      ${inline(item)}`).join(',\n')}\n    ]` : inline(value);
}

const layouts = {
  rowPerLine: (row: Json) => `  ${inline(row)}`,
  fieldPerLine: (row: Json) =>
    `  {\n${Object.entries(row as object)
      .map(([key, value]) => `    ${JSON.stringify(key)}: ${fieldValue(value)}`)
      .join(',\n')}\n  }`,
  indented: (row: Json) => JSON.stringify(row, null, 2).replace(/^/gm, '  '),
};
export type SeedLayout = keyof typeof layouts;

export function formatSeedRows(rows: readonly Json[], layout: SeedLayout): string {
  return rows.length === 0 ? '[]\n' : `[\n${rows.map(layouts[layout]).join(',\n')}\n]\n`;
}

/** The layout `text` (a seed file) is written in; undefined when it is in none of them. */
export function seedLayoutOf(text: string): SeedLayout | undefined {
  const rows = JSON.parse(text) as Json[];
  return (Object.keys(layouts) as SeedLayout[]).find((layout) => formatSeedRows(rows, layout) === text);
}

/** seeds/coverage.json's layout: articles indented, each sentence on one line. */
export function formatCoverage(coverage: Coverage): string {
  const articles = coverage.articles.map(
    (article) =>
      `    {\n      "source": ${JSON.stringify(article.source)},\n      "sentences": [\n${article.sentences
        .map((sentence) => `        ${inline(sentence, '')}`)
        .join(',\n')}\n      ]\n    }`,
  );
  return `{\n  "articles": [\n${articles.join(',\n')}\n  ]\n}\n`;
}
