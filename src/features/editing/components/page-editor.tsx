// The page editor: a page's own fields and its statements, held in plain React state while the fan types (mirrored to a
// localStorage draft, restored with a notice), saved through useSavePage. A refused save shows each problem at its field
// and in a summary above the form; a failed write says so by the Save button and keeps everything typed; leaving with
// unsaved changes asks first.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useBlocker } from '@tanstack/react-router';
import { sameData } from '../../../content/row-fields';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { pageKindLabels } from '../../../content/labels';
import {
  emptyStatements,
  statementTablesOf,
  withoutMark,
  type PageDocument,
  type Statements,
} from '../../../content/page-document';
import { entityRef, refKey, refPath } from '../../../content/refs';
import type { EntityKind, EntityRef } from '../../../content/schema';
import { pageName, tables, type Row } from '../../../content/tables';
import type { FieldProblem } from '../../../content/validate-row';
import { Page, Section } from '../../../components/page';
import { describeWriteError } from '../../../lib/write-error';
import { readDraft, writeDraft, type EditDraft } from '../api/edit-drafts';
import type { EditorChoices } from '../api/editor-choices-query';
import { newPageKeyQueryOptions } from '../api/new-page-key-query';
import { loadChecks, PageProblemsError, useSavePage } from '../api/use-save-page';
import { EditorContext, type EditorContextValue } from './editor-context';
import { ProblemSummary, ProblemsProvider, RowFields, summarize, type SummaryItem } from './field-problems';
import { TextField } from './fields';
import { blankPage, PageFields } from './page-fields';
import { StatementFields } from './statement-fields';

/** What the fan edits: the page's row and its statements, as stored (without the readers' marks). */
type Editable = { page: Row<EntityKind>; statements: Statements };

function editableOf(document: PageDocument, kind: EntityKind): Editable {
  const statements = emptyStatements();
  for (const table of statementTablesOf(kind))
    (statements[table] as object[]) = document.statements[table].map((row) => withoutMark(row));
  return { page: document.page ? withoutMark(document.page) : blankPage(kind, refKey(document.ref)), statements };
}

/** The page and its statements under the key a new page gets when saved (its statements named it "<kind>:new"). */
function withPageKey(kind: EntityKind, placeholder: EntityRef, edited: Editable, key: string): PageDocument {
  const ref = entityRef(kind, key);
  const swap = (about: EntityRef) => (about === placeholder ? ref : about);
  const swapSlug = (slug: string) => (slug === refKey(placeholder) ? key : slug);
  const { facts, quotes, events, relationships } = edited.statements;
  return {
    ref,
    page: { ...edited.page, [tables[kind].key]: kind === 'seasons' ? Number(key) : key } as Row<EntityKind>,
    statements: {
      facts: facts.map((fact) => ({ ...fact, about: fact.about.map(swap) })),
      quotes: quotes.map((quote) => ({ ...quote, about: quote.about.map(swap), speaker: swap(quote.speaker) })),
      events: events.map((event) => ({ ...event, about: event.about.map(swap) })),
      relationships: relationships.map((r) => ({ ...r, from: swapSlug(r.from), to: swapSlug(r.to) })),
    },
  };
}

/** The name a new page's key comes from: a source's address (or title), anything else's name. */
function keySourceOf(page: Row<EntityKind>): string {
  return 'title' in page ? (page.url ?? page.title).trim() : page.name.trim();
}

function NewPageKey({ kind, page }: { kind: EntityKind; page: Row<EntityKind> }) {
  const name = useDeferredValue(keySourceOf(page));
  const { data: key } = useQuery({ ...newPageKeyQueryOptions(kind, name), enabled: name !== '' || kind === 'seasons' });
  if (kind === 'seasons' || kind === 'sources')
    return <p className="editor-key">{key ? `Its address will be ${refPath(entityRef(kind, key))}` : ' '}</p>;
  return (
    <p className="editor-key">
      {name && key ? `Its address will be ${refPath(entityRef(kind, key))}` : 'Its address comes from its name.'}
    </p>
  );
}

const timeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

function LeavePrompt({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  const stay = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => stay.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby={titleId} aria-describedby={`${titleId}-text`} className="leave-prompt">
      <p id={titleId} className="leave-prompt-title">
        Leave without saving?
      </p>
      <p id={`${titleId}-text`}>
        Your changes stay in a draft on this device; this editor offers it when you come back.
      </p>
      <div className="form-actions">
        <button ref={stay} type="button" className="button" onClick={onStay}>
          Keep editing
        </button>
        <button type="button" className="button button-quiet" onClick={onLeave}>
          Leave
        </button>
      </div>
    </div>
  );
}

export type PageEditorProps = {
  kind: EntityKind;
  /** The page as the fan's wiki shows it; for a new page, `{ ref: "<kind>:new", page: null, … }`. */
  current: PageDocument;
  choices: EditorChoices;
  /** After a save: shows the saved page. */
  onSaved: (ref: EntityRef) => void;
  /** A link back to the page (or the list), for leaving without saving. */
  cancel: ReactNode;
};

export function PageEditor({ kind, current, choices, onSaved, cancel }: PageEditorProps) {
  const isNew = current.page === null;
  const draftKey = current.ref;
  const [initial] = useState(() => editableOf(current, kind));
  const [restored, setRestored] = useState<EditDraft | undefined>(() => readDraft(draftKey));
  const [edited, setEdited] = useState<Editable>(() => (restored ? editableOf(restored.document, kind) : initial));
  const [addedSources, setAddedSources] = useState<Row<'sources'>[]>(() => restored?.addedSources ?? []);
  const [summary, setSummary] = useState(() => restored?.summary ?? '');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [problemList, setProblemList] = useState<SummaryItem[]>([]);
  const [writeError, setWriteError] = useState<string | undefined>();
  const queryClient = useQueryClient();
  const savePage = useSavePage();
  const headingId = useId();
  useEffect(() => void loadChecks(), []);

  const dirty = addedSources.length > 0 || summary !== '' || !sameData(initial, edited);

  // The draft follows every change; undoing every change forgets it.
  useEffect(() => {
    writeDraft(
      draftKey,
      dirty ? { savedAt: Date.now(), document: { ref: current.ref, ...edited }, addedSources, summary } : undefined,
    );
  }, [draftKey, dirty, current.ref, edited, addedSources, summary]);

  const leaving = useRef({ dirty, saved: false });
  useEffect(() => {
    leaving.current.dirty = dirty;
  }, [dirty]);
  const shouldBlock = useCallback(() => leaving.current.dirty && !leaving.current.saved, []);
  const blocker = useBlocker({ shouldBlockFn: shouldBlock, enableBeforeUnload: shouldBlock, withResolver: true });

  useEffect(() => {
    if (problemList.length > 0) document.getElementById(`${headingId}-problems`)?.focus();
  }, [problemList, headingId]);

  const editor: EditorContextValue = {
    choices,
    pageRef: current.ref,
    addedSources,
    addSource: (source) => setAddedSources((sources) => [...sources, source]),
  };

  const discardDraft = () => {
    writeDraft(draftKey, undefined);
    setEdited(initial);
    setAddedSources([]);
    setSummary('');
    setProblems([]);
    setProblemList([]);
    setRestored(undefined);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (savePage.isPending) return;
    setWriteError(undefined);
    setProblems([]);
    setProblemList([]);
    let next: PageDocument = { ref: current.ref, ...edited };
    let base = current;
    let pageKey = refKey(current.ref);
    try {
      if (isNew) {
        pageKey = await queryClient.fetchQuery(newPageKeyQueryOptions(kind, keySourceOf(edited.page)));
        next = withPageKey(kind, current.ref, edited, pageKey);
        base = { ref: next.ref, page: null, statements: emptyStatements() };
      }
      await savePage.mutateAsync({ current: base, next, summary: summary.trim() || undefined, addedSources });
    } catch (error) {
      if (error instanceof PageProblemsError) {
        // A new page's problems name its key-to-be; its fields know it as "new".
        const found = error.problems.map((problem) =>
          problem.table === kind && problem.key === pageKey ? { ...problem, key: refKey(current.ref) } : problem,
        );
        setProblems(found);
        setProblemList(summarize(found));
      } else setWriteError(describeWriteError(error));
      return;
    }
    writeDraft(draftKey, undefined);
    leaving.current.saved = true;
    onSaved(next.ref);
  };

  const labels = pageKindLabels[kind];
  const title = isNew ? `New ${labels.noun}` : `Edit ${pageName(initial.page)}`;
  return (
    <Page
      kind={labels.one}
      title={title}
      lede={
        <p>
          Every statement cites a source: one already in the wiki, or one you add. The editor shows every statement,
          spoilers included. Your changes stay on this device.
        </p>
      }
    >
      {restored ? (
        <div className="notice-inline editor-draft" role="status">
          <p>{`Restored the changes you had not saved (${timeFormat.format(restored.savedAt)}).`}</p>
          <button type="button" className="button button-quiet button-small" onClick={discardDraft}>
            Discard draft
          </button>
        </div>
      ) : null}
      <EditorContext.Provider value={editor}>
        <ProblemsProvider problems={problems}>
          <form className="page-editor" noValidate onSubmit={(event) => void save(event)} aria-label={title}>
            <ProblemSummary items={problemList} headingId={headingId} />
            <Section title="The page">
              {isNew ? <NewPageKey kind={kind} page={edited.page} /> : null}
              <RowFields table={kind} rowKey={refKey(current.ref)}>
                <PageFields kind={kind} page={edited.page} onChange={(page) => setEdited({ ...edited, page })} />
              </RowFields>
            </Section>
            <StatementFields
              tables={statementTablesOf(kind)}
              statements={edited.statements}
              onChange={(statements) => setEdited({ ...edited, statements })}
            />
            <Section title="Save">
              <TextField
                label="Edit summary (optional)"
                path="edit-summary"
                hint="A few words on what you changed, shown in the page’s history."
                value={summary}
                onChange={setSummary}
              />
              <div className="form-actions">
                <button
                  type="submit"
                  className="button"
                  aria-describedby={writeError ? `${headingId}-write` : undefined}
                >
                  {savePage.isPending ? 'Saving…' : isNew ? `Create ${labels.noun}` : 'Save'}
                </button>
                {cancel}
              </div>
              {writeError ? (
                <p id={`${headingId}-write`} className="field-error" role="alert">
                  {`Not saved: ${writeError}. Everything you typed is still here.`}
                </p>
              ) : null}
            </Section>
          </form>
        </ProblemsProvider>
      </EditorContext.Provider>
      {blocker.status === 'blocked' ? <LeavePrompt onStay={blocker.reset} onLeave={blocker.proceed} /> : null}
    </Page>
  );
}
