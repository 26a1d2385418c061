// What every field of one editor shares: the choices its pickers offer, the page being edited, and the sources the fan
// has added while editing (citable at once, saved with the page).
import { createContext, useContext } from 'react';
import type { EntityRef } from '../../../content/schema';
import type { Row } from '../../../content/tables';
import type { EditorChoices } from '../api/editor-choices-query';

export type EditorContextValue = {
  choices: EditorChoices;
  /** The page's reference (for a page not created yet, "<kind>:new" until it is saved). */
  pageRef: EntityRef;
  addedSources: readonly Row<'sources'>[];
  addSource: (source: Row<'sources'>) => void;
};

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside an editor');
  return value;
}
