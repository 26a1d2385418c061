// A link to any wiki page named by an entity reference ("people:david-tennant"), through the router's typed routes.
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { refKey, refKind } from '../content/refs';
import type { EntityRef } from '../content/schema';

type RefLinkProps = { to: EntityRef; children: ReactNode; className?: string };

export function RefLink({ to, children, className }: RefLinkProps) {
  const key = refKey(to);
  switch (refKind(to)) {
    case 'characters':
      return (
        <Link to="/characters/$slug" params={{ slug: key }} className={className}>
          {children}
        </Link>
      );
    case 'people':
      return (
        <Link to="/people/$slug" params={{ slug: key }} className={className}>
          {children}
        </Link>
      );
    case 'seasons':
      return (
        <Link to="/seasons/$number" params={{ number: key }} className={className}>
          {children}
        </Link>
      );
    case 'series':
      return (
        <Link to="/series/$slug" params={{ slug: key }} className={className}>
          {children}
        </Link>
      );
    case 'topics':
      return (
        <Link to="/topics/$slug" params={{ slug: key }} className={className}>
          {children}
        </Link>
      );
    case 'places':
      return (
        <Link to="/places/$slug" params={{ slug: key }} className={className}>
          {children}
        </Link>
      );
    case 'sources':
      return (
        <Link to="/sources/$id" params={{ id: key }} className={className}>
          {children}
        </Link>
      );
  }
}
