// Citation markers and the page's reference list: markers number sources wiki-wide and link to the source page; the
// list shows exactly the sources the page's markers cite, in the prerendered HTML too.
import { Link } from '@tanstack/react-router';
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Source } from '../content/schema';
import { DateText } from './date-text';

/**
 * Which source ids the markers mounted inside one page cite, with a count per id so unmounting stays correct; and which
 * ids the markers rendered so far cite, for the first render, before anything mounts: the build's prerendering (which
 * mounts nothing) and the browser's hydration of that HTML both render the markers before the list below them, so
 * both list the same sources.
 */
class CitationRegistry {
  private counts = new Map<string, number>();
  private listeners = new Set<() => void>();
  private snapshot: readonly string[] = [];
  private rendered = new Set<string>();
  private renderedSnapshot: readonly string[] = [];

  noteRendered(ids: readonly string[]) {
    if (ids.every((id) => this.rendered.has(id))) return;
    for (const id of ids) this.rendered.add(id);
    this.renderedSnapshot = [...this.rendered].sort();
  }

  getFirstRenderSnapshot = () => this.renderedSnapshot;

  register(ids: readonly string[]): () => void {
    for (const id of ids) this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    this.changed();
    return () => {
      for (const id of ids) {
        const count = (this.counts.get(id) ?? 1) - 1;
        if (count > 0) this.counts.set(id, count);
        else this.counts.delete(id);
      }
      this.changed();
    };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  private changed() {
    this.snapshot = [...this.counts.keys()].sort();
    for (const listener of this.listeners) listener();
  }
}

const SourcesContext = createContext<readonly Source[]>([]);
const RegistryContext = createContext<CitationRegistry | null>(null);

/** Gives every marker below it the wiki's sources, in citation-number order. */
export function CitationProvider({ sources, children }: { sources: readonly Source[]; children: ReactNode }) {
  return <SourcesContext.Provider value={sources}>{children}</SourcesContext.Provider>;
}

/** One page's worth of citations: markers inside register with the page's reference list. */
export function CitationScope({ children }: { children: ReactNode }) {
  const registry = useMemo(() => new CitationRegistry(), []);
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

function useSourceNumbering() {
  const sources = useContext(SourcesContext);
  return useMemo(() => new Map(sources.map((source, index) => [source.id, { number: index + 1, source }])), [sources]);
}

export function Cite({ sources }: { sources: readonly string[] }) {
  const registry = useContext(RegistryContext);
  const numbering = useSourceNumbering();
  const key = sources.join(' ');
  registry?.noteRendered(sources);
  useEffect(() => registry?.register(key.split(' ')), [registry, key]);
  return (
    <sup className="cite">
      {sources.map((id) => {
        const entry = numbering.get(id);
        const label = entry ? `Source ${entry.number}: ${entry.source.title}` : `Source ${id}`;
        return (
          <Link key={id} to="/sources/$id" params={{ id }} aria-label={label} title={label}>
            [{entry?.number ?? '?'}]
          </Link>
        );
      })}
    </sup>
  );
}

export function ReferenceList() {
  const registry = useContext(RegistryContext);
  const numbering = useSourceNumbering();
  const cited = useSyncExternalStore(
    registry?.subscribe ?? noSubscription,
    registry?.getSnapshot ?? emptySnapshot,
    registry?.getFirstRenderSnapshot ?? emptySnapshot,
  );
  if (cited.length === 0) return null;
  return (
    <section className="references" aria-labelledby="references-heading">
      <h2 id="references-heading">References</h2>
      <ol>
        {cited.flatMap((id) => {
          const entry = numbering.get(id);
          if (!entry) return [];
          return [
            <li key={id} value={entry.number}>
              <Link to="/sources/$id" params={{ id }}>
                {entry.source.title}
              </Link>
              {entry.source.publication ? <span className="muted"> · {entry.source.publication}</span> : null}
              <span className="muted">
                {' '}
                · <DateText date={entry.source.published} />
              </span>
            </li>,
          ];
        })}
      </ol>
    </section>
  );
}

const noSubscription = () => () => undefined;
const noCitations: readonly string[] = [];
const emptySnapshot = () => noCitations;
