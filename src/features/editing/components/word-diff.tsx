// One line's word diff: removed words in <del>, added words in <ins> (struck through and underlined, and announced by
// screen readers through the stylesheet's ::before text, so the change never shows by colour alone).
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
