// Query factory: the fan's bookmarks, each with its note and whether its page is still in the corpus.
import { queryOptions } from '@tanstack/react-query';
import { getDatabase } from '../../../db/database';
import type { EntityKind, EntityRef } from '../../../content/schema';
import { refKind } from '../../../content/refs';
import { readPageTitles } from './page-title-query';

export type BookmarkRow = { ref: EntityRef; kind: EntityKind; title: string; addedAt: number; note: string; inWiki: boolean };

export const bookmarksQueryKey = ['bookmarks'] as const;

export const bookmarksQueryOptions = () =>
  queryOptions({
    queryKey: bookmarksQueryKey,
    queryFn: async (): Promise<BookmarkRow[]> => {
      const { db } = await getDatabase();
      const [bookmarks, notes] = await Promise.all([db.bookmarks.orderBy('addedAt').reverse().toArray(), db.notes.toArray()]);
      const noteByRef = new Map(notes.map((note) => [note.ref, note.text]));
      // One bulk read per page type, not one read per bookmark: this stays fast with 100,000 bookmarks.
      const titles = await readPageTitles(db, bookmarks.map((bookmark) => bookmark.ref));
      return bookmarks.map((bookmark) => {
        const current = titles.get(bookmark.ref);
        return {
          ref: bookmark.ref,
          kind: refKind(bookmark.ref),
          title: current ?? bookmark.title,
          addedAt: bookmark.addedAt,
          note: noteByRef.get(bookmark.ref) ?? '',
          inWiki: current !== undefined,
        };
      });
    },
  });
