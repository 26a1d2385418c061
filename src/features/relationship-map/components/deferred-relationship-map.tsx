// The relationship map as pages place it: its code (with d3-force) loads only when the map's place on the page comes near the screen, so it never delays a page becoming usable.
import './map-placeholder.css';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { RelationshipMapProps } from './relationship-map';

const RelationshipMap = lazy(() => import('./relationship-map').then((module) => ({ default: module.RelationshipMap })));

/** How far below the screen the map starts loading, so it is usually drawn by the time a fan scrolls to it. */
const preloadMargin = '400px';

export function DeferredRelationshipMap(props: RelationshipMapProps) {
  const slot = useRef<HTMLDivElement>(null);
  const [isNear, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = slot.current;
    if (isNear || !element) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: preloadMargin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [isNear]);
  const placeholder = <p className="relationship-map-placeholder muted">Drawing the map…</p>;
  return (
    <div ref={slot} className="relationship-map-slot">
      {isNear ? (
        <Suspense fallback={placeholder}>
          <RelationshipMap {...props} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
