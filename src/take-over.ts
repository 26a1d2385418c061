// A prerendered page's only script, in its head (the build, build/prerender-vite-plugin.ts, names the app's entry and
// the chunks it imports, and the spoiler note, in this script's data attributes). Before the page paints, it hides the
// spoiler question when this device's fan has answered it (src/lib/spoiler-answered-note.ts). Once the page has painted from its HTML and
// stylesheet, it loads the app, which then takes the page over: the page is readable and its links work before, and
// the app's JavaScript never shares the network or the main thread with the first paint.
import {
  answeredMarkAttribute,
  answeredNoteKeyAttribute,
  appChunksAttribute,
  appEntryAttribute,
} from './lib/take-over-attributes';

/** Marks the page when this device noted that its fan answered the spoiler question: the stylesheet hides it. */
function hideAnsweredQuestion(script: HTMLScriptElement) {
  const noteKey = script.getAttribute(answeredNoteKeyAttribute);
  const mark = script.getAttribute(answeredMarkAttribute);
  try {
    if (noteKey && mark && localStorage.getItem(noteKey) !== null) document.documentElement.setAttribute(mark, '');
  } catch {
    // Storage blocked: the question shows until the app has read the setting.
  }
}

/** A later task (this script imports nothing, so it can't share src/lib/next-task.ts). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Asks for the app's chunks at once, then evaluates them one per task, in the build's order (a chunk after the chunks
 * it imports), and the entry last: evaluating the whole app in one go is one long task that a click waits behind.
 */
async function loadApp(script: HTMLScriptElement) {
  const chunks = (script.getAttribute(appChunksAttribute) ?? '').split(' ').filter(Boolean);
  for (const href of chunks) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
  const entry = script.getAttribute(appEntryAttribute);
  try {
    for (const chunk of chunks) {
      await import(/* @vite-ignore */ chunk);
      await nextTask();
    }
    if (entry) await import(/* @vite-ignore */ entry);
  } catch {
    // The page stays readable if the app can't load (offline before the service worker was installed, say).
  }
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

const script = document.currentScript;
if (script instanceof HTMLScriptElement) {
  hideAnsweredQuestion(script);
  afterFirstPaint(() => void loadApp(script));
}
