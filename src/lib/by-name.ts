// The wiki's one A–Z order, for every list of names or titles: case, accents and punctuation aside, numbers by value
// ("Season 2" before "Season 10").
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export const compareNames: (a: string, b: string) => number = collator.compare;

export function byName<T extends { name: string }>(a: T, b: T): number {
  return compareNames(a.name, b.name);
}
