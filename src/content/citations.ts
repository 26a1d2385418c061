// Reading citations out of corpus rows: every `sources` array, at any depth.
export function citedSourceIds(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) citedSourceIds(item, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [field, inner] of Object.entries(value)) {
      if (field === 'sources' && Array.isArray(inner)) for (const id of inner) found.add(String(id));
      else citedSourceIds(inner, found);
    }
  }
  return found;
}

export function citesSource(value: unknown, sourceId: string): boolean {
  return citedSourceIds(value).has(sourceId);
}
