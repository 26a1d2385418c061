// The results page body: a search form, results grouped by type with counts and highlighted snippets, or "did you mean"
// when nothing matched.
import { useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { RefLink } from '../../../components/ref-link';
import { SpoilerBadge, useSpoilerLevel } from '../../../components/spoiler-shield';
import type { EntityRef } from '../../../content/schema';
import type { SearchDocumentType } from '../api/search-documents';
import { maxQueryLength, normaliseQuery } from '../api/query-text';
import { searchQueryOptions } from '../api/search-query';
import { DidYouMean } from './did-you-mean';
import { searchTypeLabels } from './search-type-labels';
import { Snippet } from './snippet';

export function SearchForm({ query }: { query: string }) {
  const navigate = useNavigate();
  const [text, setText] = useState(query);
  return (
    <form
      role="search"
      aria-label="Search the wiki"
      className="search-form"
      onSubmit={(event) => {
        event.preventDefault();
        void navigate({ to: '/search', search: { q: text } });
      }}
    >
      <label htmlFor="search-page-input" className="visually-hidden">
        Search the wiki
      </label>
      <input
        id="search-page-input"
        type="search"
        name="q"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="A name, a theme, a year…"
      />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}

/** `resultActions` lets the route add controls (such as a bookmark toggle) beside each page result. */
export function SearchResults({
  query,
  resultActions,
}: {
  query: string;
  resultActions?: (target: EntityRef, title: string) => ReactNode;
}) {
  const text = normaliseQuery(query);
  const spoilerLevel = useSpoilerLevel();
  const { data: hits } = useSuspenseQuery(searchQueryOptions(text, spoilerLevel));
  if (text.length === 0) {
    return (
      <p className="muted">
        Type a character, an actor, a theme or a year: “kilgrave”, “ritter”, “ptsd”, “2018”. Typos are fine.
      </p>
    );
  }
  // Groups follow their best result: a topic named exactly like the query comes before characters who only mention it.
  const groupOrder = [...new Set(hits.map((hit) => hit.type))];
  const groups = groupOrder.map((type) => ({ type, hits: hits.filter((hit) => hit.type === type) }));
  return (
    <>
      {query.trim().length > maxQueryLength ? (
        <p className="notice-inline">Only the first {maxQueryLength} characters of your search were used.</p>
      ) : null}
      <p role="status" className="search-summary">
        {hits.length === 0
          ? `No results for “${text}”.`
          : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${text}”.`}
      </p>
      {Number.isFinite(spoilerLevel) ? (
        <p className="muted">
          Results that would spoil a season you haven’t watched are left out (change this with “I have watched” at the
          top).
        </p>
      ) : null}
      {hits.length === 0 ? (
        <DidYouMean
          query={text}
          whenNothingIsClose={
            <p className="muted">Nothing in the wiki comes close. Try a character’s or an actor’s name.</p>
          }
        />
      ) : null}
      {groups.map((group) => (
        <section key={group.type} className="section search-group" aria-labelledby={`results-${group.type}`}>
          <h2 id={`results-${group.type}`}>
            {searchTypeLabels[group.type].many} <span className="count">({group.hits.length})</span>
          </h2>
          <ol className="search-result-list">
            {group.hits.map((hit) =>
              isStatement(hit.type) ? (
                <li key={hit.id} className="search-result">
                  <SpoilerBadge season={hit.spoils} />
                  <Snippet parts={hit.snippet} />
                  <span className="muted"> — on </span>
                  <RefLink to={hit.target}>{hit.targetName}</RefLink>
                </li>
              ) : (
                <li key={hit.id} className="search-result">
                  <RefLink to={hit.target} className="search-result-title">
                    {hit.title}
                  </RefLink>
                  <SpoilerBadge season={hit.spoils} />
                  {resultActions ? (
                    <span className="search-result-actions">{resultActions(hit.target, hit.title)}</span>
                  ) : null}
                  <p className="search-result-snippet">
                    <Snippet parts={hit.snippet} />
                  </p>
                </li>
              ),
            )}
          </ol>
        </section>
      ))}
    </>
  );
}

/** Facts, quotes and events are shown as their own words, linked to the page they belong to. */
function isStatement(type: SearchDocumentType): boolean {
  return type === 'fact' || type === 'quote' || type === 'event';
}
