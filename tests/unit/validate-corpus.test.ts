// The corpus check: it accepts a valid corpus and rejects broken ones with the file and path of each error.
import { describe, expect, it } from 'vitest';
import { formatCorpusProblems, validateCorpus } from '../../src/content/validate-corpus';
import { smallCorpus, sourceA } from '../fixtures/small-corpus';

function problemsOf(mutate: (corpus: ReturnType<typeof smallCorpus>) => void): string {
  const corpus = smallCorpus();
  mutate(corpus);
  const check = validateCorpus(corpus);
  expect(check.ok).toBe(false);
  return check.ok ? '' : formatCorpusProblems(check.problems);
}

describe('validateCorpus', () => {
  it('accepts a valid corpus', () => {
    expect(validateCorpus(smallCorpus())).toMatchObject({ ok: true });
  });

  it('rejects a dangling reference to a person', () => {
    expect(problemsOf((corpus) => (corpus.characters[0]!.portrayedBy[0]!.person = 'nobody'))).toBe(
      'seeds/characters.json [0].portrayedBy[0].person: "nobody" is not in seeds/people.json',
    );
  });

  it('rejects a fact about a page that does not exist', () => {
    expect(problemsOf((corpus) => (corpus.facts[1]!.about[1] = 'characters:ghost'))).toBe(
      'seeds/facts.json [1].about[1]: "ghost" is not in seeds/characters.json',
    );
  });

  it('rejects a citation of an unknown source', () => {
    expect(problemsOf((corpus) => (corpus.quotes[0]!.sources = ['999_ffffffffffffffff']))).toBe(
      'seeds/quotes.json [0].sources[0]: "999_ffffffffffffffff" is not in seeds/sources.json',
    );
  });

  it('rejects a duplicate slug', () => {
    expect(problemsOf((corpus) => (corpus.characters[1]!.slug = 'test-heroine'))).toContain(
      'seeds/characters.json [1]: duplicate key "test-heroine"',
    );
  });

  it('rejects a former slug that is a current slug or claimed twice', () => {
    expect(problemsOf((corpus) => (corpus.characters[1]!.formerSlugs = ['test-heroine']))).toContain(
      'seeds/characters.json [1].formerSlugs[0]: former slug "test-heroine" is a current slug',
    );
    expect(
      problemsOf((corpus) => {
        corpus.characters[0]!.formerSlugs = ['old-name'];
        corpus.characters[1]!.formerSlugs = ['old-name'];
      }),
    ).toContain('seeds/characters.json [1].formerSlugs[0]: former slug "old-name" is claimed twice');
  });

  it.each(['2018-02-30', '2018-13', '18-03-08', 'March 2018'])('rejects the impossible date %s', (value) => {
    expect(problemsOf((corpus) => (corpus.events[1]!.date.value = value))).toMatch(
      /^seeds\/events\.json \[1\]\.date\.value: a date is YYYY/,
    );
  });

  it('rejects a statement with no source', () => {
    expect(problemsOf((corpus) => (corpus.facts[0]!.sources = []))).toBe(
      'seeds/facts.json [0].sources: every statement cites at least one source',
    );
  });

  it('rejects a slug that is not kebab-case, and a missing file', () => {
    const corpus: Record<string, unknown> = smallCorpus();
    (corpus.people as { slug: string }[])[0]!.slug = 'Test Actor';
    delete corpus.topics;
    const check = validateCorpus(corpus);
    const text = check.ok ? '' : formatCorpusProblems(check.problems);
    expect(text).toContain('seeds/people.json [0].slug: a slug is kebab-case');
    expect(text).toContain('seeds/topics.json (root): the file is missing');
  });

  it('rejects a value of the wrong type', () => {
    expect(problemsOf((corpus) => ((corpus.seasons[0]!.episodeCount as { value: unknown }).value = '13'))).toMatch(
      /^seeds\/seasons\.json \[0\]\.episodeCount\.value: /,
    );
    expect(sourceA).toBeTruthy();
  });
});
