// pack:apply's work, callable in-process (the CLI in pack-apply.ts is its thin shell): merges a fan's edit pack into a
// checkout's seeds/ (see pack-merge.ts), validates the whole corpus and its coverage reading, writes only the files that
// changed, in their own layout, and reports what was added, changed and skipped. The exit code is 1 when it skipped a
// change (a conflict without --ours or --theirs, a statement it found no place for) or the pack or the result is not
// valid; a second run of the same pack writes nothing.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageSchema, findCoverageProblems, unplacedStatements } from '../src/content/coverage.ts';
import { coverageFileName } from '../src/content/coverage-file.ts';
import { parseEditPack } from '../src/content/edit-pack.ts';
import { corpusTables } from '../src/content/schema.ts';
import { loadSeedCorpus } from '../src/content/seed-files.ts';
import { formatCorpusProblems, seedFileName, validateCorpus } from '../src/content/validate-corpus.ts';
import { mergePack, type ConflictChoice } from './pack-merge.ts';
import { formatCoverage, formatSeedRows, seedLayoutOf } from './seed-json.ts';

export type PackApplyOptions = {
  packPath: string;
  /** The checkout whose seeds/ to merge into. */
  root: string;
  onConflict: ConflictChoice;
  /** The articles' texts (<source id>.txt), to place statements by; coverage.json's openings when absent. */
  articlesDir?: string;
};

export type PackApplyResult = { exitCode: 0 | 1; report: string[]; written: string[] };

function readArticles(dir: string | undefined): Record<string, string> {
  if (!dir || !existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => [file.replace(/\.txt$/, ''), readFileSync(join(dir, file), 'utf8')]),
  );
}

export function applyPackToSeeds(options: PackApplyOptions): PackApplyResult {
  const { packPath, root } = options;
  const refused = (report: string[]): PackApplyResult => ({ exitCode: 1, report, written: [] });
  const checked = parseEditPack(readFileSync(packPath, 'utf8'));
  if (!checked.ok) return refused([`${packPath}: ${checked.message}`, ...checked.problems.map((p) => `  ${p}`)]);
  const { pack } = checked;

  const { corpus } = loadSeedCorpus(root);
  const coverage = coverageSchema.parse(JSON.parse(readFileSync(join(root, coverageFileName), 'utf8')));
  const merged = mergePack(corpus, coverage, pack, {
    onConflict: options.onConflict,
    articles: readArticles(options.articlesDir),
  });

  const check = validateCorpus(merged.corpus);
  if (!check.ok)
    return refused(['The pack would break the corpus; nothing was written:', formatCorpusProblems(check.problems)]);
  const coverageProblems = [
    ...findCoverageProblems(merged.coverage, check.corpus).map(({ path, message }) => `${path}: ${message}`),
    ...unplacedStatements(merged.coverage, check.corpus).map((carrier) => `${carrier} is placed at no sentence`),
  ];
  if (coverageProblems.length > 0)
    return refused([`The pack would break ${coverageFileName}; nothing was written:`, ...coverageProblems]);

  const written: string[] = [];
  for (const table of corpusTables) {
    if (merged.corpus[table] === corpus[table]) continue;
    const path = join(root, seedFileName(table));
    const layout = seedLayoutOf(readFileSync(path, 'utf8')) ?? 'indented';
    writeFileSync(path, formatSeedRows(check.corpus[table], layout));
    written.push(seedFileName(table));
  }
  if (merged.coverage !== coverage) {
    writeFileSync(join(root, coverageFileName), formatCoverage(merged.coverage));
    written.push(coverageFileName);
  }

  const name = `${pack.title ? `“${pack.title}”` : 'the pack'}${pack.author ? ` by ${pack.author}` : ''}`;
  const report = [`Merging ${name} (${pack.changes.length} changes, made on corpus ${pack.corpusHash || 'unknown'}):`];
  for (const outcome of merged.outcomes)
    if (outcome.result !== 'already applied')
      report.push(
        `  ${outcome.result.padEnd(8)} ${outcome.table}/${outcome.key}${outcome.reason ? `: ${outcome.reason}` : ''}`,
      );
  const already = merged.outcomes.filter((outcome) => outcome.result === 'already applied').length;
  if (already > 0) report.push(`  ${already} already in seeds/`);
  report.push(written.length > 0 ? `Wrote ${written.join(', ')}.` : 'Nothing to write: seeds/ already has the pack.');
  const unresolved = merged.outcomes.filter((outcome) => outcome.unresolved).length;
  if (unresolved === 0) return { exitCode: 0, report, written };
  report.push(
    `${unresolved} change(s) skipped: settle a conflict with --ours (take the pack's) or --theirs (keep the seeds'); place a statement by hand in ${coverageFileName}, then run again.`,
  );
  return { exitCode: 1, report, written };
}
