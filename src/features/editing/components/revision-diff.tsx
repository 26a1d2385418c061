// "Compare two versions" on a page's history: pick any two revisions (default: the latest against the one before) and
// see the lines that differ, word by word. Its own chunk, with jsdiff, loaded after the history's list.
import { Section } from '../../../components/page';
import { diffDocuments } from '../api/document-diff';
import { revisionName, type Comparison, type Revision } from './revision-labels';
import { WordDiffLines } from './word-diff';

export default function RevisionDiff({
  revisions,
  comparison,
  onCompare,
}: {
  revisions: readonly Revision[];
  comparison: Comparison;
  onCompare: (comparison: Comparison) => void;
}) {
  const indexOf = (id: number | undefined, fallback: number) => {
    const index = revisions.findIndex((revision) => revision.id === id);
    return index === -1 ? fallback : index;
  };
  const to = indexOf(comparison.to, revisions.length - 1);
  const from = indexOf(comparison.from, Math.max(0, to - 1));
  const [before, after] = [revisions[from], revisions[to]];
  const lines = before && after ? diffDocuments(before.snapshot, after.snapshot) : [];
  const picker = (label: string, selected: number, pick: (id: number | undefined) => Comparison) => (
    <label className="revision-picker">
      {label}{' '}
      <select value={selected} onChange={(event) => onCompare(pick(revisions[Number(event.target.value)]?.id))}>
        {revisions.map((revision, index) => (
          <option key={revision.id} value={index}>
            {revisionName(revision, index)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Section title="Compare two versions">
      <div className="revision-pickers">
        {picker('From', from, (id) => ({ from: id, to: revisions[to]?.id }))}
        {picker('To', to, (id) => ({ from: revisions[from]?.id, to: id }))}
      </div>
      {lines.length === 0 ? (
        <p className="empty-state">These two versions are the same.</p>
      ) : (
        <WordDiffLines lines={lines} />
      )}
    </Section>
  );
}
