// `npm run pack:apply` on fixture packs built from a temporary copy of seeds/ (the real seeds/ is never touched): it
// applies a pack in the files' own layout, is a no-op the second time, refuses a conflicting pack without a flag,
// settles it with --ours or --theirs, places statements in seeds/coverage.json or says why not, and leaves seeds that
// pass the seed tests.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatCoverage, formatSeedRows, seedLayoutOf } from '../../build/seed-json';
import { applyPackToSeeds } from '../../build/pack-apply-seeds';
import { mergePack, type ConflictChoice } from '../../build/pack-merge';
import { findCoverageProblems, type Coverage } from '../../src/content/coverage';
import type { EditPack, EditPackChange } from '../../src/content/edit-pack';
import type { Corpus } from '../../src/content/schema';
import { loadSeedCorpus } from '../../src/content/seed-files';

const repository = fileURLToPath(new URL('../..', import.meta.url));

/** A copy of seeds/ in a temporary checkout, with its corpus and coverage reading. */
function seedsCopy() {
  const root = mkdtempSync(join(tmpdir(), 'pack-apply-'));
  cpSync(join(repository, 'seeds'), join(root, 'seeds'), { recursive: true });
  const { corpus } = loadSeedCorpus(root);
  const coverage = JSON.parse(readFileSync(join(root, 'seeds/coverage.json'), 'utf8')) as Coverage;
  return { root, corpus, coverage };
}

function packOf(changes: EditPackChange[]): EditPack {
  return {
    format: 'jessica-jones-wiki-edits',
    version: 1,
    corpusHash: 'seed-hash',
    createdAt: '2026-12-01T15:00:00.000Z',
    title: 'A fan’s pack',
    author: 'A fan',
    changes,
  };
}

const fanSource = {
  id: '004_0123456789abcdef',
  title: 'A later interview',
  headline: 'A later interview',
  published: { value: '2019' },
  dateBasis: 'Dated on the page.',
  summary: 'An interview a fan found.',
  url: 'https://example.org/interview',
  excerpt: 'Ritter looks back on the series.',
};

/** A pack adding a fan's source and a fact citing it, a quote from an article, and a change to one fact. */
function fixturePack(corpus: Corpus, coverage: Coverage): EditPack {
  const article = coverage.articles[0]!;
  const sentence = article.sentences.find(
    (candidate) => 'carriedBy' in candidate && candidate.opens.split(' ').length >= 6 && !candidate.opens.includes('"'),
  )!;
  const fact = corpus.facts[1]!;
  return packOf([
    { table: 'sources', key: fanSource.id, base: null, value: fanSource },
    {
      table: 'facts',
      key: 'ritter-looks-back',
      base: null,
      value: {
        id: 'ritter-looks-back',
        text: 'Krysten Ritter looks back on the series.',
        about: ['characters:jessica-jones'],
        sources: [fanSource.id],
      },
    },
    {
      table: 'quotes',
      key: 'fan-quote',
      base: null,
      value: {
        id: 'fan-quote',
        text: sentence.opens,
        speaker: 'people:krysten-ritter',
        about: ['characters:jessica-jones'],
        sources: [article.source],
      },
    },
    { table: 'facts', key: fact.id, base: fact, value: { ...fact, text: `${fact.text} A fan’s addition.` } },
  ]);
}

/** Runs pack:apply on `root` in this process. */
function packApply(root: string, pack: EditPack, onConflict: ConflictChoice = 'skip') {
  const packPath = join(root, 'pack.json');
  writeFileSync(packPath, JSON.stringify(pack, null, 2));
  const { exitCode, report } = applyPackToSeeds({ packPath, root, onConflict });
  return { status: exitCode, output: report.join('\n') };
}

/** Runs `npm run pack:apply`'s script itself. */
function packApplyCommand(root: string, pack: EditPack) {
  const packPath = join(root, 'pack.json');
  writeFileSync(packPath, JSON.stringify(pack, null, 2));
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(repository, 'build/pack-apply.ts'), packPath, '--root', root],
    { cwd: repository, encoding: 'utf8' },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const seedFiles = (root: string) =>
  Object.fromEntries(
    readdirSync(join(root, 'seeds')).map((file) => [file, readFileSync(join(root, 'seeds', file), 'utf8')]),
  );

/** The lines of `after` that are not lines of `before` (a diff's added side). */
function addedLines(before: string, after: string): string[] {
  const old = new Set(before.split('\n'));
  return after.split('\n').filter((line) => !old.has(line));
}

describe('the seed files’ layouts', () => {
  it('writes every seed file back exactly as it is', () => {
    for (const file of readdirSync(join(repository, 'seeds'))) {
      const text = readFileSync(join(repository, 'seeds', file), 'utf8');
      const json = JSON.parse(text);
      const written = file === 'coverage.json' ? formatCoverage(json) : formatSeedRows(json, seedLayoutOf(text)!);
      expect(written, file).toBe(text);
    }
  });
});

describe('npm run pack:apply', () => {
  it('merges a pack in the files’ own layout, writes nothing the second time, and the seed tests pass', () => {
    const { root, corpus, coverage } = seedsCopy();
    const pack = fixturePack(corpus, coverage);
    const before = seedFiles(root);
    const first = packApplyCommand(root, pack);
    expect(first.output).toContain('added    sources/004_0123456789abcdef');
    expect(first.output).toContain('added    facts/ritter-looks-back');
    expect(first.output).toContain('added    quotes/fan-quote');
    expect(first.output).toContain(`changed  facts/${corpus.facts[1]!.id}`);
    expect(first.status).toBe(0);

    const after = seedFiles(root);
    const changedFiles = Object.keys(before).filter((file) => before[file] !== after[file]);
    expect(changedFiles.sort()).toEqual(['coverage.json', 'facts.json', 'quotes.json', 'sources.json']);
    // A diff shows only the change: the changed fact, the new rows (and the comma the last row gains).
    expect(addedLines(before['facts.json']!, after['facts.json']!)).toEqual([
      expect.stringContaining('A fan’s addition.'),
      expect.stringContaining('"id": "comic-book-adaptation"'),
      expect.stringContaining('"id": "ritter-looks-back"'),
    ]);
    expect(addedLines(before['coverage.json']!, after['coverage.json']!)).toEqual([
      expect.stringContaining('"quotes:fan-quote"]}'),
    ]);

    const second = packApply(root, pack);
    expect(second.output).toContain('Nothing to write: seeds/ already has the pack.');
    expect(second.status).toBe(0);
    expect(seedFiles(root)).toEqual(after);

    const seedTests = spawnSync(
      process.execPath,
      [
        join(repository, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--project',
        'unit',
        'tests/unit/coverage.test.ts',
        'tests/unit/seed-corpus.test.ts',
      ],
      { cwd: repository, encoding: 'utf8', env: { ...process.env, WIKI_SEEDS_ROOT: root } },
    );
    expect(seedTests.status, `${seedTests.stdout}${seedTests.stderr}`).toBe(0);
  }, 120_000);

  it('refuses a conflicting change without a flag, applying the rest, and settles it with --theirs or --ours', () => {
    const { root, corpus, coverage } = seedsCopy();
    const fact = corpus.facts[2]!;
    const stale = { ...fact, text: 'What the fact said when the fan edited it.' };
    const pack = packOf([
      { table: 'facts', key: fact.id, base: stale, value: { ...fact, text: `${fact.text} The fan’s version.` } },
      ...fixturePack(corpus, coverage).changes.slice(0, 2),
    ]);
    const before = seedFiles(root);

    const refused = packApply(root, pack);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(
      `skipped  facts/${fact.id}: conflict: the seeds’ row is not the one the pack changed`,
    );
    expect(refused.output).toContain('added    facts/ritter-looks-back');
    expect(readFileSync(join(root, 'seeds/facts.json'), 'utf8')).not.toContain('The fan’s version.');
    expect(packApply(root, pack).status).toBe(1);

    const theirs = packApply(root, pack, 'theirs');
    expect(theirs.output).toContain('kept the seeds’ (--theirs)');
    expect(theirs.status).toBe(0);
    expect(readFileSync(join(root, 'seeds/facts.json'), 'utf8')).not.toContain('The fan’s version.');

    const ours = packApply(root, pack, 'ours');
    expect(ours.output).toContain(
      `changed  facts/${fact.id}: conflict: the seeds’ row is not the one the pack changed; took the pack’s (--ours)`,
    );
    expect(ours.status).toBe(0);
    expect(addedLines(before['facts.json']!, readFileSync(join(root, 'seeds/facts.json'), 'utf8'))).toEqual([
      expect.stringContaining('The fan’s version.'),
      expect.stringContaining('"id": "comic-book-adaptation"'),
      expect.stringContaining('"id": "ritter-looks-back"'),
    ]);
  }, 60_000);

  it('refuses a broken pack and a pack that would break the corpus, writing nothing', () => {
    const { root, corpus } = seedsCopy();
    const before = seedFiles(root);
    writeFileSync(join(root, 'broken.json'), '{"format": "jessica-jones-wiki-edits", "version": 1, "chan');
    const broken = applyPackToSeeds({ packPath: join(root, 'broken.json'), root, onConflict: 'skip' });
    expect(broken.exitCode).toBe(1);
    expect(broken.report.join('\n')).toContain('not a whole JSON file');

    const orphan = {
      id: 'cites-nothing-known',
      text: 'A fact citing a source the seeds lack.',
      about: corpus.facts[0]!.about,
      sources: ['005_ffffffffffffffff'],
    };
    const dangling = packApply(root, packOf([{ table: 'facts', key: orphan.id, base: null, value: orphan }]));
    expect(dangling.status).toBe(1);
    expect(dangling.output).toContain('"005_ffffffffffffffff" is not in seeds/sources.json');
    expect(seedFiles(root)).toEqual(before);
  }, 60_000);
});

describe('mergePack and seeds/coverage.json', () => {
  it('follows a renamed page: its fields’ carriers take the new slug, and old references are kept out', () => {
    const { corpus, coverage } = loadSeedCorpusWithCoverage();
    const place = corpus.places[0]!;
    const renamed = { ...place, slug: 'new-york', formerSlugs: [place.slug], name: 'New York' };
    const statements = corpus.facts.filter((fact) => fact.about.includes(`places:${place.slug}`));
    const merged = mergePack(
      corpus,
      coverage,
      packOf([
        { table: 'places', key: place.slug, base: place, value: null },
        { table: 'places', key: renamed.slug, base: null, value: renamed },
        ...statements.map((fact) => ({
          table: 'facts' as const,
          key: fact.id,
          base: fact,
          value: {
            ...fact,
            about: fact.about.map((ref) => (ref === `places:${place.slug}` ? 'places:new-york' : ref)),
          },
        })),
      ]),
      { onConflict: 'skip' },
    );
    expect(merged.outcomes.filter((outcome) => outcome.result === 'skipped')).toEqual([]);
    const text = JSON.stringify(merged.coverage);
    expect(text).toContain('"places:new-york/summary"');
    expect(text).not.toContain(`"places:${place.slug}/`);
    expect(findCoverageProblems(merged.coverage, merged.corpus)).toEqual([]);
  });

  const { corpus, coverage } = loadSeedCorpusWithCoverage();
  function loadSeedCorpusWithCoverage() {
    const { corpus: seeds } = loadSeedCorpus(repository);
    const reading = JSON.parse(readFileSync(join(repository, 'seeds/coverage.json'), 'utf8')) as Coverage;
    return { corpus: seeds, coverage: reading };
  }
  const article = coverage.articles[1]!;
  const index = article.sentences.findIndex((sentence) => 'carriedBy' in sentence);
  const opens = article.sentences[index]!.opens;
  /** An article whose sentences are coverage.json's openings, the one at `index` said in full. */
  const articleText = article.sentences
    .map((sentence, i) => (i === index ? `${opens} and then the whole sentence goes on.` : sentence.opens))
    .join('\n');

  it('places a statement whose text contains a whole sentence of an article it cites', () => {
    const fact = {
      id: 'fan-fact',
      text: `As the article puts it: ${opens} and then the whole sentence goes on.`,
      about: corpus.facts[0]!.about,
      sources: [article.source],
    };
    const merged = mergePack(corpus, coverage, packOf([{ table: 'facts', key: fact.id, base: null, value: fact }]), {
      onConflict: 'skip',
      articles: { [article.source]: articleText },
    });
    expect(merged.outcomes).toEqual([{ table: 'facts', key: 'fan-fact', result: 'added' }]);
    const placed = merged.coverage.articles[1]!.sentences[index]!;
    expect('carriedBy' in placed && placed.carriedBy.at(-1)).toBe('facts:fan-fact');
  });

  it('skips a statement citing an article when no sentence matches, saying it needs a place', () => {
    const fact = {
      id: 'fan-fact',
      text: 'A paraphrase no sentence of the article contains.',
      about: corpus.facts[0]!.about,
      sources: [article.source],
    };
    const merged = mergePack(corpus, coverage, packOf([{ table: 'facts', key: fact.id, base: null, value: fact }]), {
      onConflict: 'skip',
    });
    expect(merged.outcomes).toEqual([
      {
        table: 'facts',
        key: 'fan-fact',
        result: 'skipped',
        reason: 'needs a place in seeds/coverage.json (no sentence of the articles it cites matches)',
        unresolved: true,
      },
    ]);
    expect(merged.corpus).toBe(corpus);
  });

  it('takes a removed statement off its sentences, unless a sentence would be left with nothing carrying it', () => {
    const carried = (carrier: string) =>
      coverage.articles.flatMap((a) =>
        a.sentences.filter((s) => 'carriedBy' in s && s.carriedBy.includes(carrier as never)),
      );
    const alone = corpus.facts.find((fact) =>
      carried(`facts:${fact.id}`).some((s) => 'carriedBy' in s && s.carriedBy.length === 1),
    )!;
    const shared = corpus.facts.find((fact) =>
      carried(`facts:${fact.id}`).every((s) => 'carriedBy' in s && s.carriedBy.length > 1),
    )!;
    const merged = mergePack(
      corpus,
      coverage,
      packOf([
        { table: 'facts', key: alone.id, base: alone, value: null },
        { table: 'facts', key: shared.id, base: shared, value: null },
      ]),
      { onConflict: 'skip' },
    );
    expect(merged.outcomes.map((outcome) => [outcome.key, outcome.result, outcome.reason?.slice(0, 27)])).toEqual([
      [alone.id, 'skipped', 'it alone carries the senten'],
      [shared.id, 'removed', undefined],
    ]);
    expect(JSON.stringify(merged.coverage)).not.toContain(`facts:${shared.id}"`);
    expect(merged.corpus.facts.map((fact) => fact.id)).toContain(alone.id);
  });
});
