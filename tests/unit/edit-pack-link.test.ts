// An edit pack in a link's fragment: it round-trips, and a tampered, cut or oversized fragment is refused with a
// message, never half-read.
import { describe, expect, it } from 'vitest';
import type { EditPack } from '../../src/content/edit-pack';
import { chatLinkLimit, editPackFragment, readEditPackFragment } from '../../src/content/edit-pack-link';
import { smallCorpus, sourceA } from '../fixtures/small-corpus';

const villain = smallCorpus().characters[1]!;
const pack: EditPack = {
  format: 'jessica-jones-wiki-edits',
  version: 1,
  corpusHash: 'fixture-hash',
  createdAt: '2026-12-01T15:00:00.000Z',
  title: 'One fact',
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
};

async function deflated(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return `p1.${Buffer.from(bytes).toString('base64url')}`;
}

describe('edit packs in links', () => {
  it('carries a pack in a short fragment, read back as it was', async () => {
    const fragment = await editPackFragment(pack);
    expect(fragment).toMatch(/^p1\.[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(chatLinkLimit);
    expect(fragment.length).toBeLessThan(JSON.stringify(pack).length);
    expect(await readEditPackFragment(`#${fragment}`)).toEqual({ ok: true, pack });
  });

  it('refuses a tampered or cut fragment', async () => {
    const fragment = await editPackFragment(pack);
    const damaged = 'This link is damaged or cut short: ask for the pack as a file instead.';
    for (const tampered of [
      fragment.slice(0, fragment.length / 2),
      `${fragment.slice(0, 20)}A${fragment.slice(21)}`,
      fragment.replace('p1.', 'p9.'),
      'p1.<script>alert(1)</script>',
      'p1.',
      '',
    ]) {
      const check = await readEditPackFragment(tampered);
      expect(check.ok, tampered).toBe(false);
      if (!check.ok && check.message !== damaged)
        expect(check.message, tampered).toMatch(/not a whole JSON file|damaged|not a Jessica Jones/);
    }
  });

  it('reads a valid-looking fragment through the pack checks', async () => {
    const foreign = await readEditPackFragment(await deflated('{"format": "tiddlywiki"}'));
    expect(foreign).toMatchObject({ ok: false, message: 'This file is not a Jessica Jones Wiki edit pack.' });
    const newer = await readEditPackFragment(await deflated(JSON.stringify({ ...pack, version: 2 })));
    expect(newer).toMatchObject({ ok: false, message: expect.stringMatching(/newer version of the wiki/) });
  });

  it('stops unpacking a small link that inflates past the pack size limit', async () => {
    const bomb = await deflated(' '.repeat(6 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(chatLinkLimit);
    expect(await readEditPackFragment(bomb)).toMatchObject({
      ok: false,
      message: 'This link unpacks to more than an edit pack may hold.',
    });
  });
});
