// The wiki's content URLs, the pages the build prerenders and lists in the sitemap: home, each kind's list and every
// page of every kind, the timeline and the about page. Fans' own pages (bookmarks, search, editing) are not among them:
// they show what only the fan's device holds.
import { entityKinds } from './kinds.ts';
import type { Corpus } from './schema.ts';
import { keyOf } from './tables.ts';

export function contentPaths(corpus: Corpus): string[] {
  return [
    '/',
    ...entityKinds.flatMap((kind) => [
      `/${kind}`,
      ...corpus[kind].map((row) => `/${kind}/${encodeURIComponent(String(keyOf(kind, row)))}`),
    ]),
    '/timeline',
    '/about',
  ];
}
