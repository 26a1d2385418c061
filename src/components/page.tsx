// The frame of every content page: a header (type, h1, actions, lede), the article with an optional infobox beside it,
// and the page's references.
import type { ReactNode } from 'react';
import type { EditMark as Mark } from '../content/page-document';
import { CitationScope, ReferenceList } from './citations';
import { DocumentTitle } from './document-title';
import { EditMark } from './edit-mark';

type PageProps = {
  kind?: string;
  title: string;
  lede?: ReactNode;
  aside?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  /** The page's row's mark: "Added by you" on a page the fan created, "Your edit" by a title they changed. */
  edit?: Mark;
};

export function Page({ kind, title, lede, aside, actions, children, edit }: PageProps) {
  return (
    <CitationScope>
      <DocumentTitle name={title} />
      <article className={aside ? 'page page-with-aside' : 'page'}>
        <header className="page-header">
          {kind ? <p className="eyebrow">{kind}</p> : null}
          <h1 tabIndex={-1}>{title}</h1>
          <EditMark mark={edit} field={edit?.added ? undefined : ['name', 'title']} />
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

/** A titled section of a page (`mark`: the fan's edit mark beside its title); renders nothing when it has nothing to show. */
export function Section({
  title,
  children,
  isEmpty = false,
  mark,
}: {
  title: string;
  children: ReactNode;
  isEmpty?: boolean;
  mark?: ReactNode;
}) {
  if (isEmpty) return null;
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>
        {title}
        {mark}
      </h2>
      {children}
    </section>
  );
}
