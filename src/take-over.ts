// A prerendered page's only script (the build, build/prerender-vite-plugin.ts, names the app's entry and the chunks it
// imports in this script's data attributes): once the page has painted from its HTML and stylesheet, it loads the app,
// which then takes the page over. The page is readable and its links work before; the app's JavaScript never shares
// the network or the main thread with the first paint.
import { appChunksAttribute, appEntryAttribute } from './lib/take-over-attributes';

function loadApp(script: HTMLScriptElement) {
  for (const href of (script.getAttribute(appChunksAttribute) ?? '').split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  const entry = script.getAttribute(appEntryAttribute);
  // The page stays readable if the app can't load (offline before the service worker was installed, say).
  if (entry) import(/* @vite-ignore */ entry).catch(() => undefined);
}

/**
 * Calls `then` once the page's first contentful paint is on screen (its Paint Timing entry is queued when the frame is
 * presented), or at once in a hidden tab, which paints nothing. An engine without Paint Timing waits a frame instead.
 */
function afterFirstPaint(then: () => void) {
  if (document.visibilityState === 'hidden') return then();
  const later = () => setTimeout(then);
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return requestAnimationFrame(later);
  const observer = new PerformanceObserver((entries) => {
    if (!entries.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    later();
  });
  observer.observe({ type: 'paint', buffered: true });
}

const script = document.querySelector<HTMLScriptElement>(`script[${appEntryAttribute}]`);
if (script) afterFirstPaint(() => loadApp(script));
