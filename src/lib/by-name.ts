// Sorting helpers shared by list queries: the one A–Z order of names.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export const compareNames = (a: string, b: string): number => collator.compare(a, b);

export function byName<T extends { name: string }>(a: T, b: T): number {
  return compareNames(a.name, b.name);
}
