// Service worker registration and the "new version" prompt, loaded once the page has loaded and gone idle (neither the
// registration nor workbox-window ever delays a page): see service-worker-updates.tsx for what it does then.
import { lazy, Suspense, useEffect, useState } from 'react';

const ServiceWorkerUpdates = lazy(() => import('./service-worker-updates'));

export function UpdatePrompt() {
  const isIdle = useIdleAfterLoad();
  return isIdle ? (
    <Suspense fallback={null}>
      <ServiceWorkerUpdates />
    </Suspense>
  ) : null;
}

/** True once the window has loaded and the main thread has had a quiet moment (or two seconds passed). */
function useIdleAfterLoad(): boolean {
  const [isIdle, setIdle] = useState(false);
  useEffect(() => {
    const hasIdleCallback = typeof window.requestIdleCallback === 'function';
    let idleCallback: number | undefined;
    const whenIdle = () => {
      idleCallback = hasIdleCallback
        ? window.requestIdleCallback(() => setIdle(true), { timeout: 2000 })
        : window.setTimeout(() => setIdle(true), 200);
    };
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
    return () => {
      window.removeEventListener('load', whenIdle);
      if (idleCallback === undefined) return;
      if (hasIdleCallback) window.cancelIdleCallback(idleCallback);
      else window.clearTimeout(idleCallback);
    };
  }, []);
  return isIdle;
}
