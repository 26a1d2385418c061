// The edit pack file: what it accepts and what it refuses (broken, foreign, newer, oversized, damaged rows, hostile
// text), and the name an export gets.
import { describe, expect, it } from 'vitest';
import { editPackFileName, editPackLimits, parseEditPack, type EditPack } from '../../src/content/edit-pack';
import { smallCorpus, sourceA } from '../fixtures/small-corpus';

const corpus = smallCorpus();
const villain = corpus.characters[1]!;

function pack(overrides: Partial<EditPack> = {}): EditPack {
  return {
    format: 'jessica-jones-wiki-edits',
    version: 1,
    corpusHash: 'fixture-hash',
    createdAt: '2026-12-01T14:00:00.000Z',
    title: 'Sharper villain',
    author: 'A fan',
    changes: [
      { table: 'characters', key: 'test-villain', base: villain, value: { ...villain, name: 'Villain' } },
      {
        table: 'facts',
        key: 'villain-fan-fact',
        base: null,
        value: {
          id: 'villain-fan-fact',
          text: 'A fan adds this.',
          about: ['characters:test-villain'],
          sources: [sourceA],
        },
      },
    ],
    ...overrides,
  };
}
const text = (value: unknown) => JSON.stringify(value);

function refusal(input: string) {
  const check = parseEditPack(input);
  if (check.ok) throw new Error('the pack was accepted');
  return check;
}

describe('parseEditPack', () => {
  it('reads a valid pack as it was written', () => {
    expect(parseEditPack(text(pack()))).toEqual({ ok: true, pack: pack() });
  });

  it('refuses broken or truncated JSON', () => {
    const whole = text(pack());
    expect(refusal(whole.slice(0, whole.length / 2)).message).toMatch(/not a whole JSON file: it may be cut short/);
    expect(refusal('').message).toMatch(/not a whole JSON file/);
  });

  it('refuses a file of another kind', () => {
    expect(refusal(text({ ...pack(), format: 'tiddlywiki' })).message).toBe(
      'This file is not a Jessica Jones Wiki edit pack.',
    );
    expect(refusal('[1, 2, 3]').message).toBe('This file is not a Jessica Jones Wiki edit pack.');
    expect(refusal('null').message).toBe('This file is not a Jessica Jones Wiki edit pack.');
  });

  it('says a newer pack was made by a newer version of the wiki, and refuses an unknown version', () => {
    expect(refusal(text({ ...pack(), version: 2 })).message).toMatch(/made by a newer version of the wiki/);
    expect(refusal(text({ ...pack(), version: '1' })).message).toMatch(/format version \(1\) is unknown/);
  });

  it('refuses an oversized file before reading it', () => {
    const big = ' '.repeat(editPackLimits.bytes + 1);
    expect(refusal(big).message).toMatch(/an edit pack is at most 5 MB/);
    const padded = pack();
    padded.changes[1]!.value = { ...(padded.changes[1]!.value as object), text: 'x'.repeat(20_000) } as never;
    expect(refusal(text(padded)).message).toMatch(/longer than 10000 characters \(at changes\[1\]\.value\.text\)/);
    const many = pack({ changes: Array.from({ length: editPackLimits.changes + 1 }, () => pack().changes[0]!) });
    expect(refusal(text(many)).problems).toContain('changes: Too big: expected array to have <=2000 items');
  });

  it('refuses rows that do not fit the corpus schema, naming where', () => {
    const broken = pack();
    broken.changes[1]!.value = { ...(broken.changes[1]!.value as object), sources: [] } as never;
    const check = refusal(text(broken));
    expect(check.message).toBe('The pack is damaged: some of its rows do not fit the wiki.');
    expect(check.problems.some((problem) => problem.startsWith('changes[1]'))).toBe(true);
    expect(
      refusal(text({ ...pack(), changes: [{ table: 'secrets', key: 'x', base: null, value: {} }] })).problems,
    ).not.toEqual([]);
    expect(refusal(text({ ...pack(), createdAt: 'yesterday' })).problems).toEqual([
      expect.stringMatching(/^createdAt/),
    ]);
    expect(refusal(text({ ...pack(), changes: [] })).problems).toEqual(['changes: the pack has no changes']);
  });

  it('refuses a change whose key is not its row’s, a change of nothing and a row changed twice', () => {
    const [change] = pack().changes;
    expect(refusal(text(pack({ changes: [{ ...change!, key: 'someone-else' }] }))).problems).toEqual([
      'changes[0].base: the row\'s key is "test-villain", not "someone-else"',
      'changes[0].value: the row\'s key is "test-villain", not "someone-else"',
    ]);
    expect(refusal(text(pack({ changes: [{ ...change!, base: null, value: null }] }))).problems).toEqual([
      'changes[0]: a change needs a base or a value',
    ]);
    expect(refusal(text(pack({ changes: [change!, change!] }))).problems).toEqual([
      'changes[1]: characters/test-villain is changed twice',
    ]);
  });

  it('refuses links that are not http or https, wherever they are', () => {
    const source = { ...corpus.sources[0]!, id: '902_cccccccccccccccc' };
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const hostile = pack({ changes: [{ table: 'sources', key: source.id, base: null, value: { ...source, url } }] });
      expect(refusal(text(hostile)).problems).toEqual(['changes[0].value.url: a link starts with http:// or https://']);
    }
    const fine = pack({
      changes: [{ table: 'sources', key: source.id, base: null, value: { ...source, url: 'https://example.org/a' } }],
    });
    expect(parseEditPack(text(fine)).ok).toBe(true);
  });

  it('keeps markup in every text field as text: nothing is stripped, run or turned into a link', () => {
    const markup = '<img src=x onerror=alert(1)><script>alert(1)</script>[link](javascript:alert(1))';
    const hostile = pack({
      title: markup.slice(0, 100),
      author: markup.slice(0, 60),
      changes: [
        {
          table: 'characters',
          key: 'test-villain',
          base: villain,
          value: { ...villain, name: markup, summary: { text: markup, sources: [sourceA] } },
        },
        {
          table: 'facts',
          key: 'villain-fan-fact',
          base: null,
          value: { id: 'villain-fan-fact', text: markup, about: ['characters:test-villain'], sources: [sourceA] },
        },
        {
          table: 'sources',
          key: '902_cccccccccccccccc',
          base: null,
          value: { ...corpus.sources[0]!, id: '902_cccccccccccccccc', title: markup, summary: markup, excerpt: markup },
        },
      ],
    });
    expect(parseEditPack(text(hostile))).toEqual({ ok: true, pack: hostile });
  });

  it('refuses unknown fields instead of carrying them along', () => {
    expect(refusal(text({ ...pack(), script: 'alert(1)' })).problems).toEqual([expect.stringMatching(/script/)]);
  });
});

describe('editPackFileName', () => {
  it('says what the file is: the format, the title’s slug and the date', () => {
    expect(editPackFileName(pack({ title: 'Trish’s radio show!' }))).toBe(
      'jessica-jones-wiki-edits-trish-s-radio-show-2026-12-01.json',
    );
    expect(editPackFileName(pack({ title: undefined }))).toBe('jessica-jones-wiki-edits-2026-12-01.json');
  });
});
