// The in-app "not found" page: says what was asked for, offers the closest pages when given, and the way back.
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { DocumentTitle } from './document-title';

type NotFoundProps = { what: string; asked: string; suggestions?: ReactNode; backTo?: ReactNode };

export function NotFound({ what, asked, suggestions, backTo }: NotFoundProps) {
  return (
    <article className="page not-found">
      <DocumentTitle name="Not found" />
      <header className="page-header">
        <p className="eyebrow">Not found</p>
        <h1 tabIndex={-1}>
          No {what} called “{asked}”
        </h1>
        <p className="lede">
          The wiki has no page at this address. It may be misspelled, or it was never part of the sources.
        </p>
      </header>
      {suggestions}
      <p className="not-found-links">
        {backTo}
        <Link to="/">Go to the home page</Link>
      </p>
    </article>
  );
}
