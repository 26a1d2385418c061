// Query factory: a page as the fan edits it (its row and the statements shown on it), in the fan's wiki or as published.
import { queryOptions } from '@tanstack/react-query';
import type { EntityRef } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import type { ContentView } from '../../../db/read-content';
import { readPageDocument } from '../../../db/read-page-document';

export const pageDocumentQueryOptions = (ref: EntityRef, view: ContentView = 'mine') =>
  queryOptions({
    queryKey: ['page-document', ref, view],
    queryFn: async () => readPageDocument((await getDatabase()).db, ref, view),
  });
