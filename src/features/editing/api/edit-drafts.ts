// Unsaved editor content, per page, in localStorage: written as the fan types (a closing or crashing tab runs no more
// tasks, and localStorage writes at once), read back when the editor opens again, forgotten on save or "discard".
import type { PageDocument } from '../../../content/page-document';
import type { Row } from '../../../content/tables';

export type EditDraft = {
  /** When the fan last typed (ms since the epoch). */
  savedAt: number;
  document: PageDocument;
  addedSources: Row<'sources'>[];
  summary: string;
};

const prefix = 'jessica-jones-wiki:edit-draft:';

function isDraft(value: unknown): value is EditDraft {
  const draft = value as Partial<EditDraft> | null;
  const statements = draft?.document?.statements as Partial<PageDocument['statements']> | undefined;
  return (
    typeof draft?.savedAt === 'number' &&
    typeof draft.summary === 'string' &&
    Array.isArray(draft.addedSources) &&
    typeof draft.document?.ref === 'string' &&
    typeof draft.document.page === 'object' &&
    ['facts', 'quotes', 'events', 'relationships'].every((table) =>
      Array.isArray(statements?.[table as keyof PageDocument['statements']]),
    )
  );
}

/** The draft left for the editor of `page` ("characters:kilgrave", or "characters:new" for a page not created yet). */
export function readDraft(page: string): EditDraft | undefined {
  try {
    const draft: unknown = JSON.parse(localStorage.getItem(prefix + page) ?? 'null');
    return isDraft(draft) ? draft : undefined;
  } catch {
    // No localStorage, or a damaged entry: no draft.
    return undefined;
  }
}

/** Keeps (or, with undefined, forgets) the draft; best effort: a full or missing localStorage keeps none. */
export function writeDraft(page: string, draft: EditDraft | undefined): void {
  try {
    if (draft) localStorage.setItem(prefix + page, JSON.stringify(draft));
    else localStorage.removeItem(prefix + page);
  } catch {
    // The editor still holds everything typed; only the copy for a closed tab is missing.
  }
}
