// What a prerendered page's loader script (src/take-over.ts) is told by the build, in its data attributes: which app to
// load, and where this device notes an answered spoiler question (src/lib/spoiler-answered-note.ts). The loader imports
// nothing the app imports, so it stays one classic script of its own.
/** The app's entry chunk, as a URL path. */
export const appEntryAttribute = 'data-app-entry';
/** The chunks the entry imports, space-separated, asked for alongside it. */
export const appChunksAttribute = 'data-app-chunks';
/** The localStorage key whose presence says the fan has answered the spoiler question. */
export const answeredNoteKeyAttribute = 'data-spoiler-answered-note';
/** The attribute the loader then sets on <html>, which the stylesheet hides the question under. */
export const answeredMarkAttribute = 'data-spoiler-answered-mark';
