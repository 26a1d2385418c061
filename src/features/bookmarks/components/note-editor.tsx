// A bookmark's personal note, edited in place: saved as the fan types (debounced) and at once when the tab is hidden or
// closed (what a closing tab could not store is kept as a draft, see note-drafts.ts, and saved on the next visit). It
// follows the stored note while the fan isn't typing; if the stored note changes elsewhere (another tab, an import)
// while they are, it shows the other version and lets them keep both, theirs or it; a failed save says so, keeps the
// text and tries again on the next keystroke or with Retry. Nothing says "Saved" unless it was.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { EntityRef } from '../../../content/schema';
import { describeWriteError } from '../../../lib/write-error';
import { limits } from '../api/backup-limits';
import { clearDraft, getDraft, setDraft } from '../api/note-drafts';
import { saveNote, useSaveNote } from '../api/save-bookmark';

const saveDelay = 400;

/** What the fan's text and the other version become when they keep both. */
export const keepBoth = (mine: string, other: string) => `${mine}\n\n${other}`;

export function NoteEditor({ pageRef, title, stored }: { pageRef: EntityRef; title: string; stored: string }) {
  const save = useSaveNote(pageRef);
  const [text, setText] = useState(() => getDraft(pageRef)?.text ?? stored);
  /**
   * The text known to be stored (saved by this box, or followed from storage): the box is "dirty" while `text` differs.
   */
  const [savedText, setSavedText] = useState(stored);
  /** The last text this box sent to be stored: when it comes back from storage it is no news. */
  const [written, setWritten] = useState<string | undefined>(undefined);
  /**
   * The stored note changed elsewhere while the fan was typing: that other version, until they choose. A draft kept from
   * before (a closed tab, a removed row) that was typed over another text than the one stored now starts in that state.
   */
  const [conflict, setConflict] = useState<string | undefined>(() => {
    const draft = getDraft(pageRef);
    return draft && stored !== draft.base && stored !== draft.text ? stored : undefined;
  });
  const [scheduled, setScheduled] = useState(false);
  const [seenStored, setSeenStored] = useState(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const id = `note-${pageRef.replace(/[^a-z0-9]+/gi, '-')}`;

  // The stored note changed (this box's own save landing, another tab, an import): follow it, or ask.
  if (stored !== seenStored) {
    setSeenStored(stored);
    if (stored === text) {
      setSavedText(stored);
      setConflict(undefined);
    } else if (stored !== written) {
      if (text === savedText && !scheduled && !save.isPending) {
        setText(stored);
        setSavedText(stored);
        setConflict(undefined);
      } else {
        setConflict(stored);
      }
    }
  }

  const saveNow = (value: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    setScheduled(false);
    setWritten(value);
    save.mutate(value, { onSuccess: () => setSavedText(value) });
  };
  const saveLater = (value: string) => {
    clearTimeout(timer.current);
    setScheduled(true);
    timer.current = setTimeout(() => saveNow(value), saveDelay);
  };

  // A draft left from before (typed before the tab closed, or while this row was away from the list) is saved on
  // return.
  const resumeDraft = useEffectEvent(() => {
    const draft = getDraft(pageRef);
    if (draft && draft.text !== stored && conflict === undefined)
      timer.current = setTimeout(() => saveNow(draft.text), saveDelay);
  });
  useEffect(() => resumeDraft(), []);

  // Hiding or closing the tab saves at once what the 400 ms wait would have saved (both versions if the fan hadn't
  // chosen).
  const flush = useEffectEvent((event: Event) => {
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    if (getDraft(pageRef) === undefined || (!scheduled && save.isPending && text === written)) return;
    saveNow(conflict === undefined ? text : keepBoth(text, conflict));
  });
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, []);

  // Leaving the page (or the row leaving the list) saves what was waiting to be saved; if that fails the text stays a
  // draft, shown again with this note, or above the list when the bookmark is gone.
  useEffect(
    () => () => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      const draft = getDraft(pageRef);
      if (draft) saveNote(pageRef, draft.text).catch(() => undefined);
    },
    [pageRef],
  );

  const onChange = (next: string) => {
    setText(next);
    setDraft(pageRef, { title, text: next, base: savedText });
    if (conflict === undefined) saveLater(next);
  };

  const resolve = (choice: 'both' | 'mine' | 'theirs') => {
    if (conflict === undefined) return;
    setConflict(undefined);
    if (choice === 'theirs') {
      clearTimeout(timer.current);
      timer.current = undefined;
      setScheduled(false);
      clearDraft(pageRef);
      setText(conflict);
      setSavedText(conflict);
      return;
    }
    const next = choice === 'both' ? keepBoth(text, conflict) : text;
    setText(next);
    setDraft(pageRef, { title, text: next, base: conflict });
    saveNow(next);
  };

  const waiting = scheduled || save.isPending;
  return (
    <div className="note-editor">
      <label htmlFor={id} className="visually-hidden">
        Note on {title}
      </label>
      <textarea
        id={id}
        rows={2}
        value={text}
        placeholder="Add a note…"
        maxLength={limits.note}
        onChange={(event) => onChange(event.target.value)}
      />
      {conflict !== undefined ? (
        <div className="note-conflict" role="alert">
          <p>
            This note was changed somewhere else (another tab, or an import) while you were typing. The other version:
          </p>
          <blockquote className="note-other">{conflict === '' ? <em>(empty)</em> : conflict}</blockquote>
          <div className="note-choices">
            <button type="button" className="button button-quiet" onClick={() => resolve('both')}>
              Keep both
            </button>
            <button type="button" className="button button-quiet" onClick={() => resolve('mine')}>
              Keep mine
            </button>
            <button type="button" className="button button-quiet" onClick={() => resolve('theirs')}>
              Use the other
            </button>
          </div>
        </div>
      ) : save.isError && !waiting ? (
        <p className="write-error note-status" role="alert">
          Not saved: {describeWriteError(save.error)}. Your text is still here, and is tried again as you type.{' '}
          <button type="button" className="button-link" onClick={() => saveNow(text)}>
            Retry
          </button>
        </p>
      ) : (
        <span className="note-status muted" aria-live="polite">
          {waiting ? 'Saving…' : save.isSuccess ? 'Saved' : ''}
        </span>
      )}
    </div>
  );
}
