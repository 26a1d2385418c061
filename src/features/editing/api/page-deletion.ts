// A page the fan created, deleted: no row, and its statements taken off it (a statement about other pages too stays
// on those; one only about this page, spoken by it or a relationship of it goes). The history keeps what it was.
import type { PageDocument } from '../../../content/page-document';

/** The document after deleting the page. */
export function deletedDocument(document: PageDocument): PageDocument {
  const { ref, statements } = document;
  const detach = <S extends { about: string[] }>(rows: S[]) =>
    rows.flatMap((row) => {
      const about = row.about.filter((other) => other !== ref);
      return about.length > 0 ? [{ ...row, about }] : [];
    });
  return {
    ref,
    page: null,
    statements: {
      facts: detach(statements.facts),
      events: detach(statements.events),
      quotes: detach(statements.quotes.filter((quote) => quote.speaker !== ref)),
      relationships: [],
    },
  };
}
