// The bookmarks queries' keys, apart from the queries themselves so the change feed (on every page) carries no list
// code.
/** Every bookmarks query starts with this key (the list, and each page's own bookmark). */
export const bookmarksQueryKey = ['bookmarks'] as const;
export const bookmarkListQueryKey = ['bookmarks', 'list'] as const;
export const bookmarkQueryKey = (ref: string) => ['bookmarks', 'one', ref] as const;
