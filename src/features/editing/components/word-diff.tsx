// Word diffs: one line's removed words in <del> and added words in <ins> (struck through and underlined, and announced
// by screen readers through the stylesheet's ::before text, so the change never shows by colour alone), and a labelled
// list of such lines (a revision's changes, a pack's changed row).
import type { LineDiff } from '../api/document-diff';

export function WordDiff({ parts }: { parts: LineDiff['parts'] }) {
  return (
    <span className="word-diff">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index}>{part.value}</ins>
        ) : part.removed ? (
          <del key={index}>{part.value}</del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </span>
  );
}

/** Each changed field or statement, labelled, with its word diff. */
export function WordDiffLines({ lines }: { lines: readonly LineDiff[] }) {
  return (
    <dl className="word-diff-list">
      {lines.map((line) => (
        <div key={line.label} className="word-diff-line">
          <dt>{line.label}</dt>
          <dd>
            <WordDiff parts={line.parts} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
