// Whether this device's fan has answered the spoiler question, noted in localStorage beside the setting in IndexedDB
// (which stays the truth; every read of the setting writes the note again). A prerendered page holds no fan's data, so
// it always asks; its head script (src/take-over.ts) reads the note before the first paint and the stylesheet hides
// the question, so a returning fan never sees it appear and go. The build tells that script the key and the attribute.
export const spoilerAnsweredNoteKey = 'jessica-jones-wiki:spoiler-answered';

/** On <html> while the question is answered: the stylesheet hides `.spoiler-question`. */
export const spoilerAnsweredAttribute = 'data-spoiler-answered';

export function noteSpoilerAnswered(answered: boolean): void {
  // The build's prerendering reads the setting too, with no page and no fan.
  if (typeof document === 'undefined') return;
  document.documentElement.toggleAttribute(spoilerAnsweredAttribute, answered);
  try {
    if (answered) localStorage.setItem(spoilerAnsweredNoteKey, 'yes');
    else localStorage.removeItem(spoilerAnsweredNoteKey);
  } catch {
    // Storage blocked or full: the next prerendered page asks until the app has read the setting.
  }
}
