// Query factory: the marks of the fan's rows on a page (document-marks.ts), for the page's edit state. A fan with no
// edits at all (every first visit) has none on any page: known from the edits kept in memory, without reading the
// page's row and statements again after its sections have read them.
import { queryOptions } from '@tanstack/react-query';
import type { EntityRef } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { hasActiveEdits } from '../../../db/local-edits';
import type { EditMark } from '../../../db/read-content';
import { readPageDocument } from '../../../db/read-page-document';
import { editMarks } from './document-marks';

export const pageEditMarksQueryOptions = (ref: EntityRef) =>
  queryOptions({
    queryKey: ['page-edit-marks', ref],
    queryFn: async (): Promise<EditMark[]> => {
      const { db } = await getDatabase();
      if (!(await hasActiveEdits(db))) return [];
      return editMarks(await readPageDocument(db, ref, 'mine'));
    },
  });
