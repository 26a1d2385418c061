// A bookmark's personal note: edited in place and saved as the fan types (debounced), with a quiet "Saved" status.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { EntityRef } from '../../../content/schema';
import { saveNote } from '../api/save-bookmark';

const saveDelay = 400;

export function NoteEditor({ pageRef, title, initial }: { pageRef: EntityRef; title: string; initial: string }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<string | undefined>(undefined);
  const id = `note-${pageRef.replace(/[^a-z0-9]+/gi, '-')}`;

  useEffect(
    () => () => {
      // Leaving the page never loses what was typed.
      clearTimeout(timer.current);
      if (pending.current !== undefined) void saveNote(queryClient, pageRef, pending.current);
    },
    [queryClient, pageRef],
  );

  const onChange = (next: string) => {
    setText(next);
    setStatus('saving');
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      pending.current = undefined;
      void saveNote(queryClient, pageRef, next).then(() => setStatus('saved'));
    }, saveDelay);
  };

  return (
    <div className="note-editor">
      <label htmlFor={id} className="visually-hidden">Note on {title}</label>
      <textarea id={id} rows={2} value={text} placeholder="Add a note…" maxLength={10_000} onChange={(event) => onChange(event.target.value)} />
      <span className="note-status muted" aria-live="polite">{status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : ''}</span>
    </div>
  );
}
