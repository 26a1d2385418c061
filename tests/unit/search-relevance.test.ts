// Search relevance over the real corpus: for each query, the page a fan means comes first.
import { beforeAll, describe, expect, it } from 'vitest';
import { search, type SearchIndex } from '../../src/features/search/api/search-engine';
import { openSearchIndex } from '../../src/features/search/api/search-index-store';
import { openSeedDatabase } from '../fixtures/seed-database';

let index: SearchIndex;
beforeAll(async () => {
  index = (await openSearchIndex((await openSeedDatabase()).db)).index;
});

// [query, expected first result id, what it exercises, a result expected among the top three]
const cases: [string, string, string, string?][] = [
  ['Jessica Jones', 'characters:jessica-jones', 'exact name'],
  ['Trish Walker', 'characters:trish-walker', 'exact name'],
  ['malcolm ducasse', 'characters:malcolm-ducasse', 'exact name, lower case'],
  ['Will Simpson', 'characters:will-simpson', 'exact name'],
  ['Luke Cage', 'characters:luke-cage', 'character over the series of the same name'],
  ['Jeri Hogarth', 'characters:jeri-hogarth', 'exact name'],
  ['Krysten Ritter', 'people:krysten-ritter', 'exact actor name'],
  ['David Tennant', 'people:david-tennant', 'exact actor name'],
  ['Melissa Rosenberg', 'people:melissa-rosenberg', 'exact crew name'],
  ['Rosemary Rodriguez', 'people:rosemary-rodriguez', 'director'],
  ['Daredevil', 'series:daredevil', 'series'],
  ['the defenders', 'series:the-defenders', 'series with an article'],
  ['Hell’s Kitchen', 'places:hells-kitchen', 'curly apostrophe'],
  ["hell's kitchen", 'places:hells-kitchen', 'straight apostrophe'],
  ['hells kitchen', 'places:hells-kitchen', 'no apostrophe'],
  ['kilg', 'characters:kilgrave', 'prefix'],
  ['jess', 'characters:jessica-jones', 'prefix and alias'],
  ['tenn', 'people:david-tennant', 'prefix of a surname'],
  ['defend', 'series:the-defenders', 'prefix'],
  ['kilgrav', 'characters:kilgrave', 'typo: one letter missing'],
  ['jessca', 'characters:jessica-jones', 'typo: one letter missing'],
  ['malcom', 'characters:malcolm-ducasse', 'typo: one letter missing'],
  ['rosenburg', 'people:melissa-rosenberg', 'source misspelling kept as alias'],
  ['Mike Coulter', 'people:mike-colter', 'source misspelling kept as alias'],
  ['triah walker', 'characters:trish-walker', 'typo: one letter wrong'],
  ['krysten rtter', 'people:krysten-ritter', 'typo in the surname'],
  ['dardevil', 'series:daredevil', 'typo: one letter missing'],
  ['tennnant', 'people:david-tennant', 'typo: one letter doubled'],
  ['ritter', 'people:krysten-ritter', 'actor → character', 'characters:jessica-jones'],
  ['David Tennant', 'people:david-tennant', 'actor → character', 'characters:kilgrave'],
  ['rachael taylor', 'people:rachael-taylor', 'actor → character', 'characters:trish-walker'],
  ['mike colter', 'people:mike-colter', 'actor → character', 'characters:luke-cage'],
  ['Janet McTeer', 'people:janet-mcteer', 'actor → unnamed role', 'characters:janet-mcteers-season-2-role'],
  ['kilgrave', 'characters:kilgrave', 'character → actor', 'people:david-tennant'],
  ['malcolm', 'characters:malcolm-ducasse', 'character → actor', 'people:eka-darville'],
  ['trish', 'characters:trish-walker', 'character → actor', 'people:rachael-taylor'],
  ['jeri hogarth', 'characters:jeri-hogarth', 'character → actor', 'people:carrie-anne-moss'],
  ['Eka Darville', 'people:eka-darville', 'actor by name'],
  ['Erin Moriarty', 'people:erin-moriarty', 'actor → unnamed role', 'characters:coed-caught-by-kilgrave'],
  ['Jess', 'characters:jessica-jones', 'alias'],
  ['the coed kilgrave caught', 'characters:coed-caught-by-kilgrave', 'an unnamed role by its description'],
  ['ptsd', 'topics:ptsd', 'topic'],
  ['post-traumatic stress', 'topics:ptsd', 'topic alias'],
  ['consent', 'topics:consent', 'topic'],
  ['female friendship', 'topics:female-friendship', 'topic'],
  ['women behind the camera', 'topics:women-behind-the-camera', 'topic'],
  ['MCU', 'topics:marvel-cinematic-universe', 'topic alias'],
  ['film noir', 'topics:film-noir', 'topic'],
  ['New York City', 'places:new-york-city', 'place'],
  ['season 2', 'seasons:2', 'season'],
  ['season one', 'seasons:1', 'season, the number as a word fails over to the season'],
  ['2018', 'seasons:2', 'a year finds what happened in it'],
  ['2017', 'events:season-2-expected', 'a year finds the events in it'],
  ['2015-11-20', 'seasons:1', 'an exact date'],
  ['Mashable', 'sources:000_df78bb7452626764', 'a publication'],
  ['Twilight', 'people:melissa-rosenberg', 'another work → its maker'],
  ['True Blood', 'people:raelle-tucker', 'another work → its maker'],
  ['NYPD sergeant', 'characters:will-simpson', 'occupation'],
  ['private investigator', 'characters:jessica-jones', 'occupation'],
];

describe('search relevance', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('"%s" → %s (%s)', (query, expected, _what, alsoNear) => {
    const top = search(index, { query, limit: 3 }).map((hit) => hit.id);
    expect(top[0]).toBe(expected);
    if (alsoNear) expect(top).toContain(alsoNear);
  });
});
