// What a prerendered page's <head> says about it (title, description, canonical URL, Open Graph and Twitter card
// tags), read from the page as the app rendered it: the h1 names it and the lede describes it, so the head never
// disagrees with the page. Also the sitemap of every page.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { entityKinds } from '../src/content/kinds.ts';

type Node = DefaultTreeAdapterMap['childNode'];

export const siteName = 'Jessica Jones Wiki';
export const siteDescription =
  "An offline fan wiki about Marvel's Jessica Jones: characters, cast and crew, seasons and themes, with a cited source behind every fact.";
/** The size of every card image (public/og/*.png, made by build/card-images.ts). */
export const cardImageSize = { width: 1200, height: 630 };

export type PageHead = { title: string; description: string; url: string; image: string; type: 'website' | 'article' };

const hasClass = (node: Node, name: string) =>
  'attrs' in node && node.attrs.some((attr) => attr.name === 'class' && attr.value.split(' ').includes(name));

/** The text a reader sees, without citation markers and without what the spoiler shield hides. */
function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (hasClass(node, 'cite') || hasClass(node, 'spoiler-hidden') || !('childNodes' in node)) return '';
  return node.childNodes.map(textOf).join('');
}

function find(node: Node, matches: (node: Node) => boolean): Node | undefined {
  if (matches(node)) return node;
  if (!('childNodes' in node)) return undefined;
  for (const child of node.childNodes) {
    const found = find(child, matches);
    if (found) return found;
  }
  return undefined;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** At most `limit` characters, cut at a word with an ellipsis: what previews show of a description. */
function shorten(text: string, limit = 200): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, text.lastIndexOf(' ', limit - 1))}…`;
}

/** An absolute URL under the site's origin, or the path itself when no origin is configured. */
export const siteUrl = (origin: string, path: string) => `${origin}${path}`;

/** The card image of the page's kind (the first path segment), the wiki's own for the rest. */
function cardImage(path: string): string {
  const kind = path.split('/')[1] ?? '';
  return `/og/${(entityKinds as readonly string[]).includes(kind) ? kind : 'wiki'}.png`;
}

export function pageHead(appHtml: string, path: string, origin: string): PageHead {
  const root = { nodeName: '#document-fragment', childNodes: parseFragment(appHtml).childNodes } as unknown as Node;
  const h1 = find(root, (node) => node.nodeName === 'h1');
  const lede = find(root, (node) => hasClass(node, 'lede'));
  const name = h1 && path !== '/' ? clean(textOf(h1)) : '';
  return {
    title: name ? `${name} — ${siteName}` : siteName,
    description: shorten(clean(lede ? textOf(lede) : '') || siteDescription),
    url: siteUrl(origin, path),
    image: siteUrl(origin, cardImage(path)),
    type: path.split('/').length > 2 ? 'article' : 'website',
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The tags that go in <head> (the title and description replace the app shell's). */
export function headTags(head: PageHead): string {
  const meta = (attribute: 'name' | 'property', key: string, value: string | number) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(String(value))}" />`;
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', head.description),
    // A canonical link must be absolute: without the site's origin there is none.
    ...(/^https?:\/\//.test(head.url) ? [`<link rel="canonical" href="${escapeHtml(head.url)}" />`] : []),
    meta('property', 'og:site_name', siteName),
    meta('property', 'og:type', head.type),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', head.url),
    meta('property', 'og:image', head.image),
    meta('property', 'og:image:width', cardImageSize.width),
    meta('property', 'og:image:height', cardImageSize.height),
    meta('property', 'og:image:alt', siteName),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', head.image),
  ].join('\n    ');
}

export function sitemap(origin: string, paths: readonly string[]): string {
  const urls = paths.map((path) => `  <url><loc>${escapeHtml(siteUrl(origin, path))}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
