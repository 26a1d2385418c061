// The frame around every page: skip link, site header (brand, navigation, status and search slots), notices, the main
// landmark and the footer.
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

const sections = [
  { to: '/characters', label: 'Characters' },
  { to: '/people', label: 'Cast & crew' },
  { to: '/seasons', label: 'Seasons' },
  { to: '/series', label: 'Series' },
  { to: '/topics', label: 'Topics' },
  { to: '/timeline', label: 'Timeline' },
  { to: '/sources', label: 'Sources' },
  { to: '/bookmarks', label: 'Bookmarks' },
] as const;

type LayoutProps = { search?: ReactNode; status?: ReactNode; notices?: ReactNode; children: ReactNode };

export function Layout({ search, status, notices, children }: LayoutProps) {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand" aria-label="Jessica Jones Wiki, home">
            <span className="brand-mark" aria-hidden="true">
              JJ
            </span>
            <span className="brand-name">
              Jessica Jones <span className="brand-wiki">Wiki</span>
            </span>
          </Link>
          {status}
          {search}
          <nav aria-label="Main" className="site-nav">
            <ul>
              {sections.map((section) => (
                <li key={section.to}>
                  <Link to={section.to} activeProps={{ 'aria-current': 'page' }}>
                    {section.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      {notices}
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          A fan wiki about Marvel’s <cite>Jessica Jones</cite>, written from{' '}
          <Link to="/sources">four source articles</Link>. Every fact cites its source. Works offline once loaded.{' '}
          <Link to="/about">About this wiki</Link>
        </p>
      </footer>
    </div>
  );
}
