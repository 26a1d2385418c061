// Note text the fan typed that isn't stored yet, per page, kept apart from the note box so it outlives the box: a save
// on leaving the page, a row that another tab's Remove took away while the fan was typing (until Undo brings it back,
// or the fan bookmarks the page again), and Remove in this tab, whose Undo must restore the latest text.
import { useSyncExternalStore } from 'react';

export type Draft = { title: string; text: string };

let drafts: ReadonlyMap<string, Draft> = new Map();
const listeners = new Set<() => void>();

function publish(next: Map<string, Draft>) {
  drafts = next;
  for (const listener of listeners) listener();
}

export function getDraft(ref: string): Draft | undefined {
  return drafts.get(ref);
}

export function setDraft(ref: string, draft: Draft): void {
  publish(new Map(drafts).set(ref, draft));
}

/** Forgets the draft once `text` is stored (a newer draft typed meanwhile stays). */
export function clearDraft(ref: string, text?: string): void {
  const draft = drafts.get(ref);
  if (!draft || (text !== undefined && draft.text !== text)) return;
  const next = new Map(drafts);
  next.delete(ref);
  publish(next);
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
