// A page's history: what a new corpus left to settle, every revision (the published version the fan started from, then
// each save, revert, delete and settlement) with a revert to any of them, a word diff between any two, and for a page
// the fan created, its deletion (a revision too: nothing is erased).
import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Page, Section } from '../../../components/page';
import { RefLink } from '../../../components/ref-link';
import type { PageDocument } from '../../../content/page-document';
import { refKey, refKind } from '../../../content/refs';
import type { EntityRef } from '../../../content/schema';
import { pageName } from '../../../content/tables';
import { describeWriteError } from '../../../lib/write-error';
import { pageDocumentQueryOptions } from '../api/page-document-query';
import { isFanCreated } from '../api/document-marks';
import { deletedDocument } from '../api/page-deletion';
import { pageHistoryQueryOptions } from '../api/page-history-query';
import { PageProblemsError, useSavePage } from '../api/use-save-page';
import { unsettledEdits } from '../api/unsettled-edits';
import { kindLabels, timeFormat, type Comparison, type Revision } from './revision-labels';
import { SettleEdits } from './settle-edits';

// The diff (and jsdiff) load after the page, with the section that shows it.
const RevisionDiff = lazy(() => import('./revision-diff'));

/** The page's name as it stands, or as its latest revision had it, or its key. */
function nameOf(document: PageDocument, revisions: readonly Revision[]): string {
  const page = document.page ?? revisions.findLast((revision) => revision.snapshot.page)?.snapshot.page;
  return page ? pageName(page) : refKey(document.ref);
}

function problemText(error: unknown): string {
  if (error instanceof PageProblemsError) return error.problems.map((problem) => problem.message).join('; ');
  return describeWriteError(error);
}

export function PageHistory({
  about,
  comparison,
  onCompare,
}: {
  about: EntityRef;
  comparison: Comparison;
  onCompare: (comparison: Comparison) => void;
}) {
  const { data: history } = useSuspenseQuery(pageHistoryQueryOptions(about));
  const { data: current } = useSuspenseQuery(pageDocumentQueryOptions(about));
  const save = useSavePage();
  const [done, setDone] = useState('');
  const { revisions } = history;
  const name = nameOf(current, revisions);
  const unsettled = unsettledEdits(about, history.edits);

  const saveAs = (next: PageDocument, kind: 'revert' | 'delete', summary: string) => {
    setDone('');
    save.mutate(
      { current, next, kind, summary },
      {
        onSuccess: () => {
          setDone(kind === 'delete' ? 'Page deleted. Its history keeps every version.' : `${summary}.`);
          onCompare({});
        },
      },
    );
  };

  return (
    <Page
      kind="Page history"
      title={`History of ${name}`}
      lede={
        <p>
          Every version of this page on this device. Nothing is erased: a revert or a deletion is a new version.{' '}
          {current.page ? <RefLink to={about}>Back to {name}</RefLink> : null}
        </p>
      }
    >
      {unsettled.length > 0 ? <SettleEdits page={about} edits={unsettled} /> : null}
      <Section title="Revisions">
        {revisions.length === 0 ? (
          <p className="empty-state">No changes yet: this page is as published.</p>
        ) : (
          <ol className="revision-list">
            {revisions.map((revision, index) => (
              <li key={revision.id} className="revision">
                <p>
                  <span className="revision-number">#{index + 1}</span> {kindLabels[revision.kind]},{' '}
                  <time dateTime={new Date(revision.savedAt).toISOString()}>{timeFormat.format(revision.savedAt)}</time>
                  {revision.summary ? <span className="revision-summary"> — {revision.summary}</span> : null}
                </p>
                {index < revisions.length - 1 ? (
                  <button
                    type="button"
                    className="button button-quiet"
                    disabled={save.isPending}
                    onClick={() => saveAs(revision.snapshot, 'revert', `Reverted to #${index + 1}`)}
                  >
                    Revert to #{index + 1}
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {isFanCreated(current) && refKind(about) !== 'sources' ? (
          <p>
            <button
              type="button"
              className="button button-quiet"
              disabled={save.isPending}
              onClick={() => saveAs(deletedDocument(current), 'delete', 'Deleted the page')}
            >
              Delete this page
            </button>{' '}
            <span className="muted">You added it; its history keeps it, and a revert brings it back.</span>
          </p>
        ) : null}
        <p role="status" className={save.isError ? 'edit-error' : undefined}>
          {save.isError ? `Not saved: ${problemText(save.error)}.` : done}
        </p>
      </Section>
      {revisions.length > 1 ? (
        <Suspense fallback={null}>
          <RevisionDiff revisions={revisions} comparison={comparison} onCompare={onCompare} />
        </Suspense>
      ) : null}
    </Page>
  );
}
