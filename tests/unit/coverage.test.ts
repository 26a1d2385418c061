// seeds/coverage.json, the sentence-by-sentence reading of the articles: every carrier it names exists and cites the
// article, every fact, quote and event is in it, and (where the articles are beside the clone) every sentence of every
// article is listed, in order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  findCoverageProblems,
  openingOf,
  splitSentences,
  unplacedStatements,
  type Coverage,
} from '../../src/content/coverage';
import { coverageFileName, loadCoverage } from '../../src/content/coverage-file';
import { loadSeedCorpus } from '../../src/content/seed-files';

/** The checkout whose seeds/ is checked: this one, or (WIKI_SEEDS_ROOT) a copy pack:apply's test merged a pack into. */
const rootDir = process.env.WIKI_SEEDS_ROOT ?? fileURLToPath(new URL('../..', import.meta.url));
const { corpus } = loadSeedCorpus(rootDir);
const coverage = loadCoverage(rootDir, corpus) as Coverage;
/** The articles themselves: beside the clone, as in CI and the shared checkout; not in every checkout. */
const articlesDir = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
const hasArticles = existsSync(articlesDir);

describe('seeds/coverage.json', () => {
  it('exists and reads sources of the corpus, in the sources’ order: every article (other sources are fans’)', () => {
    expect(coverage, `${coverageFileName} is missing`).toBeDefined();
    const read = coverage.articles.map((article) => article.source);
    expect(read).toEqual(corpus.sources.map((source) => source.id).filter((id) => read.includes(id)));
    if (hasArticles)
      expect([...read].sort()).toEqual(
        readdirSync(articlesDir)
          .map((file) => file.replace(/\.txt$/, ''))
          .sort(),
      );
  });

  it('names only carriers that exist and cite the article they carry', () => {
    expect(findCoverageProblems(coverage, corpus)).toEqual([]);
  });

  it('catches a carrier that does not exist and one that does not cite the article', () => {
    const broken: Coverage = {
      articles: [
        {
          source: '000_df78bb7452626764',
          sentences: [
            {
              opens: 'A',
              carriedBy: ['facts:no-such-fact', 'facts:season-2-female-directors', 'characters:kilgrave/nickname'],
            },
          ],
        },
      ],
    };
    expect(findCoverageProblems(broken, corpus).map((problem) => problem.message)).toEqual([
      '"facts:no-such-fact" is not in the corpus',
      '"facts:season-2-female-directors" does not cite 000_df78bb7452626764',
      '"characters:kilgrave/nickname" is not in the corpus',
    ]);
  });

  it('places every fact, quote and event that cites an article at a sentence of an article it cites', () => {
    expect(unplacedStatements(coverage, corpus)).toEqual([]);
  });

  it('needs no place for a statement citing only a source it does not read (a fan’s, merged by pack:apply)', () => {
    const fanSource = { ...corpus.sources[0]!, id: '999_0123456789abcdef' };
    const fact = { id: 'fan-fact', text: 'A fan’s fact.', about: corpus.facts[0]!.about, sources: [fanSource.id] };
    const unplaced = { ...fact, id: 'unplaced-fact', sources: [fanSource.id, coverage.articles[0]!.source] };
    const withFacts = { ...corpus, sources: [...corpus.sources, fanSource], facts: [...corpus.facts, fact, unplaced] };
    expect(unplacedStatements(coverage, withFacts)).toEqual(['facts:unplaced-fact']);
  });

  it.skipIf(!hasArticles)(
    `lists every sentence of every article, in order (needs the articles in ${articlesDir})`,
    () => {
      for (const article of coverage.articles) {
        const sentences = splitSentences(readFileSync(join(articlesDir, `${article.source}.txt`), 'utf8'));
        expect(
          article.sentences.map((sentence) => sentence.opens),
          article.source,
        ).toEqual(sentences.map(openingOf));
      }
    },
  );
});

describe('the sentence rule', () => {
  it('splits after a stop followed by a capital, a digit or a quote, keeping closing quotes with their sentence', () => {
    expect(splitSentences('She left. “He stayed.” 2 more came! Why? Because…')).toEqual([
      'She left.',
      '“He stayed.”',
      '2 more came!',
      'Why?',
      'Because…',
    ]);
  });

  it('does not split before a lower-case word, after an initial, or inside a word', () => {
    expect(
      splitSentences('Her story begins broken... for us. J.R. Ramirez joins Jessica Jones 2.0 and co. see it.'),
    ).toEqual(['Her story begins broken... for us.', 'J.R. Ramirez joins Jessica Jones 2.0 and co. see it.']);
  });

  it('makes each line a sentence of its own, headings and images included, and skips blank lines', () => {
    expect(splitSentences('A heading\n\n[img src="x.jpg"]\nText  with   spaces.\n')).toEqual([
      'A heading',
      '[img src="x.jpg"]',
      'Text with spaces.',
    ]);
  });
});
