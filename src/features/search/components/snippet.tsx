// A result's snippet with the matched words in <mark>, rendered as text only.
import type { SnippetPart } from '../api/search-engine';

export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
