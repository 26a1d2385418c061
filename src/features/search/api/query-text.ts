// What the engine searches for: the fan's text, cut to a sane length and trimmed (kept apart from the engine so the
// header stays small).
export const maxQueryLength = 200;

export function normaliseQuery(query: string): string {
  return query.slice(0, maxQueryLength).trim();
}
