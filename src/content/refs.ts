// Entity references ("characters:kilgrave"): building them, taking them apart, and the wiki URL each one names.
import type { EntityKind, EntityRef } from './schema.ts';

export function entityRef(kind: EntityKind, key: string | number): EntityRef {
  return `${kind}:${key}`;
}

export function refKind(ref: EntityRef): EntityKind {
  return ref.slice(0, ref.indexOf(':')) as EntityKind;
}

export function refKey(ref: EntityRef): string {
  return ref.slice(ref.indexOf(':') + 1);
}

/** A season's number as its URL writes it ("2", never "02" or "2.0"); undefined for anything else. */
export function seasonNumber(param: string): number | undefined {
  return /^[1-9]\d{0,3}$/.test(param) ? Number(param) : undefined;
}

/** The page's path, e.g. "/characters/kilgrave". */
export function refPath(ref: EntityRef): string {
  return `/${refKind(ref)}/${refKey(ref)}`;
}
