// A prerendered page's head as build/page-head.ts writes it: read from the rendered page, absolute under the site's
// origin when one is set.
import { describe, expect, it } from 'vitest';
import { headTags, pageHead, sitemap } from '../../build/page-head';

const rendered =
  '<div class="app"><main><article><header><p class="eyebrow">Character</p><h1>Kilgrave</h1>' +
  '<div class="lede"><p>A man who gets inside <em>people’s</em> heads.<sup class="cite"><a href="#r1">1</a></sup> ' +
  '<span class="spoiler-hidden"><button>Spoiler for Season 2 — show</button></span></p></div></header></article></main></div>';

describe('page head', () => {
  it('names the page by its h1 and describes it by its lede, without citation markers or shielded spoilers', () => {
    const head = pageHead(rendered, '/characters/kilgrave', '');
    expect(head).toEqual({
      title: 'Kilgrave — Jessica Jones Wiki',
      description: 'A man who gets inside people’s heads.',
      url: '/characters/kilgrave',
      image: '/og/characters.png',
      type: 'article',
    });
  });

  it('makes every URL absolute under the site origin, with a canonical link', () => {
    const tags = headTags(pageHead(rendered, '/characters/kilgrave', 'https://jj.example'));
    expect(tags).toContain('<link rel="canonical" href="https://jj.example/characters/kilgrave" />');
    expect(tags).toContain('<meta property="og:url" content="https://jj.example/characters/kilgrave" />');
    expect(tags).toContain('<meta property="og:image" content="https://jj.example/og/characters.png" />');
    expect(sitemap('https://jj.example', ['/', '/timeline'])).toContain('<loc>https://jj.example/timeline</loc>');
  });

  it('leaves the canonical link out without an origin (it must be absolute), and escapes text', () => {
    const tags = headTags({ ...pageHead(rendered, '/', ''), description: 'Jessica & "Trish" <3' });
    expect(tags).not.toContain('canonical');
    expect(tags).toContain('content="Jessica &amp; &quot;Trish&quot; &lt;3"');
    expect(tags).toContain('<title>Jessica Jones Wiki</title>');
  });
});
