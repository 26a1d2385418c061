// The save's problems at their fields: each field names its path in its row ("summary.text", "aliases[0].name"), shows
// the problems at that path beside it (tied by aria-describedby, marked aria-invalid), and the summary above the form
// links each problem to its field (or the nearest field holding it).
import { createContext, useContext, type ReactNode } from 'react';
import type { CorpusTable } from '../../../content/schema';
import type { FieldProblem } from '../../../content/validate-row';

type RowScope = { table: CorpusTable; rowKey: string };

const ProblemsContext = createContext<readonly FieldProblem[]>([]);
const RowContext = createContext<RowScope>({ table: 'characters', rowKey: '' });

export function ProblemsProvider({ problems, children }: { problems: readonly FieldProblem[]; children: ReactNode }) {
  return <ProblemsContext.Provider value={problems}>{children}</ProblemsContext.Provider>;
}

/** The row the fields inside belong to (the page's own, or one statement). */
export function RowFields({ table, rowKey, children }: RowScope & { children: ReactNode }) {
  return <RowContext.Provider value={{ table, rowKey }}>{children}</RowContext.Provider>;
}

/** The element id of a field: unique per row and path. */
export function fieldId(table: CorpusTable, key: string, path: string): string {
  return `field-${table}-${key}-${path}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

const isAt = (problem: string, path: string, exact: boolean) =>
  problem === path || (!exact && (problem.startsWith(`${path}.`) || problem.startsWith(`${path}[`)));

export type FieldWiring = {
  id: string;
  errorId: string;
  messages: string[];
  /** For the control itself. */
  controlProps: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };
  /** For the fieldset of a group (a group takes no aria-invalid). */
  groupProps: { id: string; 'aria-describedby'?: string };
};

/**
 * The wiring of the field at `path` of the current row: its id, and the problems at the path (or, unless `exact`, below
 * it, such as "sources[0]" for a citation). `hintId`: a hint the control is also described by.
 */
export function useField(path: string, { exact = false, hintId }: { exact?: boolean; hintId?: string } = {}) {
  const problems = useContext(ProblemsContext);
  const { table, rowKey } = useContext(RowContext);
  const id = fieldId(table, rowKey, path);
  const errorId = `${id}-error`;
  const messages = problems
    .filter((problem) => problem.table === table && problem.key === rowKey && isAt(problem.path, path, exact))
    .map((problem) => problem.message);
  const describedBy = [hintId, messages.length > 0 ? errorId : undefined].filter(Boolean).join(' ');
  const wiring: FieldWiring = {
    id,
    errorId,
    messages,
    controlProps: {
      id,
      ...(messages.length > 0 ? { 'aria-invalid': true as const } : {}),
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    },
    groupProps: { id, ...(describedBy ? { 'aria-describedby': describedBy } : {}) },
  };
  return wiring;
}

export function FieldError({ field }: { field: FieldWiring }) {
  if (field.messages.length === 0) return null;
  return (
    <p id={field.errorId} className="field-error">
      {field.messages.join('; ')}
    </p>
  );
}

/** The element a problem is shown at: its field, or the nearest enclosing field ("aliases[0]", then "aliases"). */
function targetOf(problem: FieldProblem): HTMLElement | null {
  let path = problem.path;
  for (;;) {
    const element = document.getElementById(fieldId(problem.table, problem.key, path));
    if (element) return element;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) return null;
    path = path.slice(0, cut);
  }
}

/** Moves focus to the field a problem is shown at. */
export function focusProblem(problem: FieldProblem): void {
  targetOf(problem)?.focus();
}

/** What a fan calls the field: the statement, list item or cited field it is in, and its own label or legend. */
function describeTarget(element: HTMLElement | null): string {
  if (!element) return 'This page';
  const label =
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement
      ? element.labels?.[0]?.textContent
      : element.querySelector('legend')?.textContent;
  const container =
    element.closest('.statement-editor, .list-field-item')?.querySelector('legend')?.textContent ??
    element.closest('.cited-field')?.querySelector('label')?.textContent;
  return [...new Set([container, label].filter(Boolean))].join(' › ') || 'This page';
}

export type SummaryItem = { problem: FieldProblem; where: string; targetId: string | undefined };

/** Each problem with the field it is shown at, read from the form as it stands when the save is refused. */
export function summarize(problems: readonly FieldProblem[]): SummaryItem[] {
  return problems.map((problem) => {
    const target = targetOf(problem);
    return { problem, where: describeTarget(target), targetId: target?.id };
  });
}

/** The problems of a refused save, above the form (`${headingId}-problems`): each a link that moves focus to its field. */
export function ProblemSummary({ items, headingId }: { items: readonly SummaryItem[]; headingId: string }) {
  if (items.length === 0) return null;
  return (
    <section id={`${headingId}-problems`} className="problem-summary" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId}>
        {items.length === 1 ? 'One field needs a change before saving' : `${items.length} fields need a change`}
      </h2>
      <ul>
        {items.map(({ problem, where, targetId }, index) => (
          <li key={index}>
            {targetId ? (
              <a
                href={`#${targetId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(targetId)?.focus();
                }}
              >
                {where}
              </a>
            ) : (
              where
            )}
            : {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
