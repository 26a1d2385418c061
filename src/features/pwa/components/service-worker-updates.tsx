// Registers the service worker, checks for an update then and every hour, shows the "new version" prompt and reloads
// only when the fan says so, and asks for persistent storage once the app is installed. Loaded by UpdatePrompt once the
// page is idle.
import { useEffect } from 'react';
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

export default function ServiceWorkerUpdates() {
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
