// Note text the fan typed that isn't stored yet, per page, kept apart from the note box so it outlives the box: a row
// that another tab's Remove took away while the fan was typing (until Undo brings it back, or the fan bookmarks the
// page again), Remove in this tab (whose Undo restores the latest text), and a tab closed or reloaded mid-typing. That
// last one is why each draft is mirrored to localStorage as it changes: a closing page runs no more tasks, so Chromium
// drops an IndexedDB write begun in pagehide, while localStorage writes at once; the next visit's note box saves the
// draft.
import { useSyncExternalStore } from 'react';

/**
 * `base`: the stored text the fan was typing over (if the stored note differs from it later, someone else changed it).
 */
export type Draft = { title: string; text: string; base: string };

const prefix = 'jessica-jones-wiki:note-draft:';

function isDraft(value: unknown): value is Draft {
  const draft = value as Partial<Draft> | null;
  return typeof draft?.title === 'string' && typeof draft.text === 'string' && typeof draft.base === 'string';
}

/** The drafts a closed tab left behind (storage refused or damaged: none). */
function restore(): Map<string, Draft> {
  const restored = new Map<string, Draft>();
  try {
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index);
      if (!key?.startsWith(prefix)) continue;
      const draft: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
      if (isDraft(draft)) restored.set(key.slice(prefix.length), draft);
    }
  } catch {
    // No localStorage (or a damaged entry): drafts then live only as long as the tab.
  }
  return restored;
}

function mirror(ref: string, draft: Draft | undefined): void {
  try {
    if (draft) localStorage.setItem(prefix + ref, JSON.stringify(draft));
    else localStorage.removeItem(prefix + ref);
  } catch {
    // Best effort, as above.
  }
}

let drafts: ReadonlyMap<string, Draft> = restore();
const listeners = new Set<() => void>();

function publish(ref: string, draft: Draft | undefined) {
  const next = new Map(drafts);
  if (draft) next.set(ref, draft);
  else next.delete(ref);
  drafts = next;
  mirror(ref, draft);
  for (const listener of listeners) listener();
}

export function getDraft(ref: string): Draft | undefined {
  return drafts.get(ref);
}

export function setDraft(ref: string, draft: Draft): void {
  publish(ref, draft);
}

/** Forgets the draft once `text` is stored (a newer draft typed meanwhile stays). */
export function clearDraft(ref: string, text?: string): void {
  const draft = drafts.get(ref);
  if (!draft || (text !== undefined && draft.text !== text)) return;
  publish(ref, undefined);
}

export function useDrafts(): ReadonlyMap<string, Draft> {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => drafts,
    () => drafts,
  );
}
