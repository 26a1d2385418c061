// Service worker registration and the "new version" prompt: registers once the page has loaded and gone idle
// (workbox-window never delays a page), checks for an update then and every hour, reloads only when the fan says so,
// and asks for persistent storage once the app is installed.
import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { Notice } from '../../../components/notice';
import { requestPersistentStorage } from '../../../lib/persistent-storage';

const updateCheckInterval = 60 * 60 * 1000;

/**
 * Activates the waiting version and reloads once it controls the page (also when the browser, not this page, found the
 * update).
 */
function reloadInto(updateServiceWorker: (reloadPage?: boolean) => Promise<void>) {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  void updateServiceWorker(true);
}

export function UpdatePrompt() {
  const isIdle = useIdleAfterLoad();
  return isIdle ? <ServiceWorkerUpdates /> : null;
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

function ServiceWorkerUpdates() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, updateCheckInterval);
    },
  });
  useEffect(() => {
    const persist = () => void requestPersistentStorage();
    window.addEventListener('appinstalled', persist);
    return () => window.removeEventListener('appinstalled', persist);
  }, []);
  if (!needRefresh) return null;
  return (
    <Notice>
      A new version of the wiki is available.{' '}
      <button type="button" className="button" onClick={() => reloadInto(updateServiceWorker)}>
        Reload
      </button>
    </Notice>
  );
}
