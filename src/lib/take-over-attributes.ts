// Where a prerendered page's loader script (src/take-over.ts) finds the app it loads: the build writes the attributes,
// the loader reads them.
/** The app's entry chunk, as a URL path. */
export const appEntryAttribute = 'data-app-entry';
/** The chunks the entry imports, space-separated, asked for alongside it. */
export const appChunksAttribute = 'data-app-chunks';
