// Keys for pages fans create, free in the fan's wiki: a slug that is no page's current or former slug (nor "new", the
// create page's own URL), the next season number, and a source id in the corpus's form.
import type { EntityKind } from '../content/schema';
import { slugify } from '../content/slugs';
import { isRenamableKind, keyOf } from '../content/tables';
import { readPages, readTable, readWhere } from './read-content';
import type { WikiDatabase } from './wiki-database';

/** Path segments a slug may not take: they name other pages under each kind. */
const reservedSlugs = new Set(['new']);

async function isTaken(db: WikiDatabase, kind: EntityKind, slug: string): Promise<boolean> {
  if (reservedSlugs.has(slug)) return true;
  if ((await readPages(db, kind, [slug])).length > 0) return true;
  return isRenamableKind(kind) && (await readWhere(db, kind, 'formerSlug', [slug])).length > 0;
}

/** The kebab-case of `name`, with "-2", "-3"… when a page of the kind has (or had) it. */
export async function freeSlug(db: WikiDatabase, kind: EntityKind, name: string): Promise<string> {
  const base = slugify(name);
  for (let attempt = 1; ; attempt += 1) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`;
    if (!(await isTaken(db, kind, slug))) return slug;
  }
}

/** Whether `slug` is free for a new page of `kind`. */
export async function isFreeSlug(db: WikiDatabase, kind: EntityKind, slug: string): Promise<boolean> {
  return !(await isTaken(db, kind, slug));
}

/** The season number after the highest in the fan's wiki. */
export async function nextSeasonNumber(db: WikiDatabase): Promise<number> {
  return Math.max(0, ...(await readTable(db, 'seasons')).map((season) => season.number)) + 1;
}

/**
 * An id in the corpus's form ("004_0123456789abcdef") for a source a fan adds: the number after the highest (counting
 * `alsoTaken`, ids of sources the same save adds), and the start of the SHA-256 of its address (or title), so one
 * article added twice gets the same tail.
 */
export async function newSourceId(
  db: WikiDatabase,
  address: string,
  alsoTaken: readonly string[] = [],
): Promise<string> {
  const ids = [...(await readTable(db, 'sources')).map((source) => String(keyOf('sources', source))), ...alsoTaken];
  const numbers = ids.map((id) => Number(id.slice(0, 3)));
  const next = Math.min(999, Math.max(-1, ...numbers) + 1);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(address)));
  const tail = Array.from(digest.slice(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${String(next).padStart(3, '0')}_${tail}`;
}
