// The frame of every content page: a header (type, h1, actions, lede), the article with an optional infobox beside it,
// and the page's references.
import type { ReactNode } from 'react';
import { CitationScope, ReferenceList } from './citations';
import { DocumentTitle } from './document-title';

type PageProps = {
  kind?: string;
  title: string;
  lede?: ReactNode;
  aside?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
};

export function Page({ kind, title, lede, aside, actions, children }: PageProps) {
  return (
    <CitationScope>
      <DocumentTitle name={title} />
      <article className={aside ? 'page page-with-aside' : 'page'}>
        <header className="page-header">
          {kind ? <p className="eyebrow">{kind}</p> : null}
          <h1 tabIndex={-1}>{title}</h1>
          {actions ? <div className="page-actions">{actions}</div> : null}
          {lede ? <div className="lede">{lede}</div> : null}
        </header>
        {aside ? <div className="page-aside">{aside}</div> : null}
        <div className="page-body">
          {children}
          <ReferenceList />
        </div>
      </article>
    </CitationScope>
  );
}

/** A titled section of a page; renders nothing when it has nothing to show. */
export function Section({
  title,
  children,
  isEmpty = false,
}: {
  title: string;
  children: ReactNode;
  isEmpty?: boolean;
}) {
  if (isEmpty) return null;
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
