// Which characters a map draws when too many have relationships to draw legibly: a connected core around the most
// connected character (on a character's page, the character).
import type { Relationship } from '../../../content/schema';

/** The most characters a map draws: more would not be legible (and would take long to lay out). */
export const mapLimit = 30;

/**
 * When more than `limit` characters take part in `edges`: the most connected character, then, again and again, the most
 * connected character linked to those already chosen (the next most connected of all when none is linked), up to
 * `limit`; and the relationships among them. Otherwise every relationship. Ties go by slug, so the choice never varies.
 */
export function mostConnected(edges: Relationship[], limit = mapLimit): Relationship[] {
  const links = new Map<string, Set<string>>();
  const degree = new Map<string, number>();
  for (const { from, to } of edges) {
    for (const [slug, other] of [
      [from, to],
      [to, from],
    ] as const) {
      degree.set(slug, (degree.get(slug) ?? 0) + 1);
      if (!links.has(slug)) links.set(slug, new Set());
      links.get(slug)?.add(other);
    }
  }
  if (degree.size <= limit) return edges;
  const chosen = new Set<string>();
  const linked = new Set<string>();
  const best = (candidates: Iterable<string>) => {
    let top: string | undefined;
    for (const slug of candidates) {
      if (chosen.has(slug)) continue;
      const [score, topScore] = [degree.get(slug) ?? 0, top === undefined ? -1 : (degree.get(top) ?? 0)];
      if (score > topScore || (score === topScore && top !== undefined && slug < top)) top = slug;
    }
    return top;
  };
  while (chosen.size < limit) {
    const next = best(linked) ?? best(degree.keys());
    if (next === undefined) break;
    chosen.add(next);
    linked.delete(next);
    for (const other of links.get(next) ?? []) if (!chosen.has(other)) linked.add(other);
  }
  return edges.filter((edge) => chosen.has(edge.from) && chosen.has(edge.to));
}
