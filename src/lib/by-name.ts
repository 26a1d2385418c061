// Sorting helpers shared by list queries.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function byName<T extends { name: string }>(a: T, b: T): number {
  return collator.compare(a.name, b.name);
}
