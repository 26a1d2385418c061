// `npm run pack:apply -- path/to/pack.json [--ours | --theirs]`: a maintainer merges a fan's edit pack into seeds/
// (the work is in pack-apply-seeds.ts). Prints what was added, changed and skipped; exits 1 when it skipped a change or
// refused the pack.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { applyPackToSeeds } from './pack-apply-seeds.ts';

const usage = 'usage: npm run pack:apply -- path/to/pack.json [--ours | --theirs] [--root DIR] [--articles DIR]';
const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ours: { type: 'boolean', default: false },
    theirs: { type: 'boolean', default: false },
    /** The checkout whose seeds/ to merge into (this repository by default). */
    root: { type: 'string', default: repositoryRoot },
    /** The articles' texts (<source id>.txt), to place statements by: beside the clone by default. */
    articles: { type: 'string', default: join(repositoryRoot, '../shared/seeds') },
  },
});
const [packPath] = positionals;
if (packPath === undefined || positionals.length > 1 || (values.ours && values.theirs)) {
  console.error(usage);
  process.exit(1);
}
const result = applyPackToSeeds({
  packPath,
  root: values.root,
  onConflict: values.ours ? 'ours' : values.theirs ? 'theirs' : 'skip',
  articlesDir: values.articles,
});
(result.exitCode === 0 ? console.log : console.error)(result.report.join('\n'));
process.exitCode = result.exitCode;
