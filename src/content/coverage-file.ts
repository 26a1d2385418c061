// Node-side access to seeds/coverage.json: reads it when it exists and checks it (schema, then every carrier against
// the corpus), throwing one error that lists every problem.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageSchema, findCoverageProblems, type Coverage } from './coverage.ts';
import type { Corpus } from './schema.ts';

export const coverageFileName = 'seeds/coverage.json';

/** The checked coverage reading, or undefined when the corpus has none (a generated benchmark corpus). */
export function loadCoverage(rootDir: string, corpus: Corpus): Coverage | undefined {
  const path = join(rootDir, coverageFileName);
  if (!existsSync(path)) return undefined;
  const parsed = coverageSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  const problems = parsed.success
    ? findCoverageProblems(parsed.data, corpus)
    : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  if (problems.length > 0)
    throw new Error(
      `${coverageFileName} is broken:\n${problems.map(({ path: at, message }) => `${coverageFileName} ${at}: ${message}`).join('\n')}`,
    );
  return parsed.data;
}
