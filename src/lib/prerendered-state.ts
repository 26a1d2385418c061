// The data a prerendered page carries for the app to take it over (hydrate): which path it was rendered for and the
// query cache its loaders filled, as JSON in a non-executable <script type="application/json"> (the CSP forbids inline
// script). Written by the build (src/prerender.tsx), read by the browser (src/main.tsx).
import type { DehydratedState } from '@tanstack/react-query';

export const prerenderedStateId = 'prerendered-state';

export type PrerenderedState = { path: string; queries: DehydratedState };

/** Paths compared without a trailing slash (a static host may answer `/characters/` as well as `/characters`). */
const samePath = (a: string, b: string) => a.replace(/(.)\/$/, '$1') === b.replace(/(.)\/$/, '$1');

/** The element's text: JSON with every "<" escaped, so no value can end the script element early. */
export function serializePrerenderedState(state: PrerenderedState): string {
  return JSON.stringify(state).replace(/</g, '\\u003c');
}

/**
 * The state of the page the browser was served, when it was prerendered for this very path and search (prerendered
 * pages have none; a host answering an unknown path with another page's HTML gives none either).
 */
export function readPrerenderedState(pathAndSearch: string): PrerenderedState | undefined {
  const text = document.getElementById(prerenderedStateId)?.textContent;
  if (!text) return undefined;
  const state = JSON.parse(text) as PrerenderedState;
  return samePath(state.path, pathAndSearch) ? state : undefined;
}
