// seeds/coverage.json, the sentence-by-sentence reading of the articles: every carrier it names exists and cites the
// article, every fact, quote and event is in it, and (where the articles are beside the clone) every sentence of every
// article is listed, in order.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCoverageProblems, openingOf, splitSentences, type Coverage } from '../../src/content/coverage';
import { coverageFileName, loadCoverage } from '../../src/content/coverage-file';
import { loadSeedCorpus } from '../../src/content/seed-files';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));
const { corpus } = loadSeedCorpus(rootDir);
const coverage = loadCoverage(rootDir, corpus) as Coverage;
/** The articles themselves: beside the clone, as in CI and the shared checkout; not in every checkout. */
const articlesDir = join(rootDir, '../shared/seeds');
const hasArticles = existsSync(articlesDir);
const carriers = new Set(
  coverage.articles.flatMap((article) =>
    article.sentences.flatMap((sentence) => ('carriedBy' in sentence ? sentence.carriedBy : [])),
  ),
);

describe('seeds/coverage.json', () => {
  it('exists and reads one article per source, in the sources’ order', () => {
    expect(coverage, `${coverageFileName} is missing`).toBeDefined();
    expect(coverage.articles.map((article) => article.source)).toEqual(corpus.sources.map((source) => source.id));
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

  it.each([
    ['facts', corpus.facts],
    ['quotes', corpus.quotes],
    ['events', corpus.events],
  ] as const)('places every one of the %s at a sentence', (table, rows) => {
    const missing = rows.map((row) => `${table}:${row.id}`).filter((carrier) => !carriers.has(carrier as never));
    expect(missing).toEqual([]);
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
