// The relationship map as pages place it: its code loads only when the map's place on the page comes near the screen,
// so it never delays a page becoming usable; if its code or its layout cannot load (the network gone before the app was
// cached), the map's place says so and offers a reload, and the rest of the page stays. Read without JavaScript (a
// prerendered page), its place says where the same relationships are listed.
import './map-placeholder.css';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { FailureBoundary } from '../../../components/failure-boundary';
import type { RelationshipMapProps } from './relationship-map';

// Browsers keep a failed module import failed, so only a reload fetches the map's code again.
const RelationshipMap = lazy(() =>
  import('./relationship-map').then((module) => ({ default: module.RelationshipMap })),
);

/** How far below the screen the map starts loading, so it is usually drawn by the time a fan scrolls to it. */
const preloadMargin = '400px';

export function DeferredRelationshipMap(props: RelationshipMapProps) {
  const slot = useRef<HTMLDivElement>(null);
  // Near at once only in a browser that can't tell (never while prerendering: the app taking the page over starts
  // from the same placeholder).
  const [isNear, setNear] = useState(
    () => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined',
  );
  useEffect(() => {
    const element = slot.current;
    if (isNear || !element) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: preloadMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [isNear]);
  const placeholder = (
    <p className="relationship-map-placeholder muted">
      <span className="with-scripting">Drawing the map…</span>
      <span className="without-scripting">
        The map is drawn by JavaScript, which is off here: the relationships above are the same, as a list.
      </span>
    </p>
  );
  const failed = () => (
    <p className="relationship-map-placeholder muted" role="status">
      <span>
        The map could not be loaded (is the network gone?).{' '}
        <button type="button" className="button button-quiet" onClick={() => window.location.reload()}>
          Reload
        </button>
      </span>
    </p>
  );
  return (
    <div ref={slot} className="relationship-map-slot">
      {isNear ? (
        <FailureBoundary fallback={failed}>
          <Suspense fallback={placeholder}>
            <RelationshipMap {...props} />
          </Suspense>
        </FailureBoundary>
      ) : (
        placeholder
      )}
    </div>
  );
}
