// The real seed corpus: it passes the schema, and it covers everything the four source articles name.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citedSourceIds } from '../../src/content/citations';
import { loadSeedCorpus } from '../../src/content/seed-files';

/** The checkout whose seeds/ is checked: this one, or (WIKI_SEEDS_ROOT) a copy pack:apply's test merged a pack into. */
const rootDir = process.env.WIKI_SEEDS_ROOT ?? fileURLToPath(new URL('../..', import.meta.url));
const { corpus } = loadSeedCorpus(rootDir);
const articleIds = readdirSync(new URL('../../../shared/seeds', import.meta.url)).map((file) =>
  file.replace(/\.txt$/, ''),
);

describe('the seed corpus', () => {
  it('has one source entity per source article (any other source is a fan’s, merged by pack:apply)', () => {
    const ids = corpus.sources.map((source) => source.id);
    expect(articleIds.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('draws facts from every source article', () => {
    const cited = citedSourceIds(corpus.facts);
    for (const id of articleIds) expect(cited).toContain(id);
  });

  it.each([
    ['jessica-jones', 'krysten-ritter'],
    ['trish-walker', 'rachael-taylor'],
    ['malcolm-ducasse', 'eka-darville'],
    ['will-simpson', 'wil-traval'],
    ['luke-cage', 'mike-colter'],
    ['kilgrave', 'david-tennant'],
    ['jeri-hogarth', 'carrie-anne-moss'],
    ['coed-caught-by-kilgrave', 'erin-moriarty'],
    ['janet-mcteers-season-2-role', 'janet-mcteer'],
    ['j-r-ramirezs-season-2-role', 'j-r-ramirez'],
  ])('has the character %s, played by %s', (character, person) => {
    const found = corpus.characters.find((entry) => entry.slug === character);
    expect(found?.portrayedBy.map((actor) => actor.person)).toContain(person);
  });

  it.each(['melissa-rosenberg', 'jeph-loeb', 'raelle-tucker', 'jim-chory', 'rosemary-rodriguez'])(
    'credits the crew member %s',
    (slug) => {
      expect(corpus.people.map((person) => person.slug)).toContain(slug);
    },
  );

  it('keeps the sources’ misspellings as aliases of the right names', () => {
    const aliasesOf = (slug: string) =>
      corpus.people.find((person) => person.slug === slug)?.aliases.map((alias) => alias.name);
    expect(aliasesOf('mike-colter')).toContain('Mike Coulter');
    expect(aliasesOf('melissa-rosenberg')).toContain('Melissa Rosenburg');
  });

  it('has both seasons, with Season 2’s 13 episodes and the expectation that later changed', () => {
    expect(corpus.seasons.map((season) => season.number)).toEqual([1, 2]);
    expect(corpus.seasons[1]?.episodeCount?.value).toBe(13);
    expect(corpus.seasons[1]?.premiere.date.value).toBe('2018-03-08');
    const expected = corpus.events.find((event) => event.date.qualifier === 'expected');
    expect(expected?.date.value).toBe('2017');
    expect(expected?.outcome).toBe('season-2-premiere');
  });

  it('has the related series, the places and the themes the articles discuss', () => {
    expect(corpus.series.map((series) => series.slug).sort()).toEqual([
      'daredevil',
      'iron-fist',
      'luke-cage',
      'the-defenders',
      'the-punisher',
    ]);
    expect(corpus.places.map((place) => place.slug).sort()).toEqual(['hells-kitchen', 'new-york-city']);
    for (const topic of ['trauma', 'ptsd', 'consent', 'female-friendship', 'women-behind-the-camera']) {
      expect(corpus.topics.map((entry) => entry.slug)).toContain(topic);
    }
  });

  it('keeps quotes short and attributes each to a speaker', () => {
    for (const quote of corpus.quotes) {
      expect(quote.text.split(/\s+/).length).toBeLessThanOrEqual(25);
      expect(quote.speaker).toMatch(/^(people|characters):/);
    }
  });
});
