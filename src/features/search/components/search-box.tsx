// The header's search box: an ARIA 1.2 combobox with suggestions as you type; arrows move, Enter opens, Escape closes;
// "/" and Ctrl/Cmd+K focus it. When suggestions fail to load, it says so and still offers the full results page.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useSpoilerLevel } from '../../../components/spoiler-shield';
import { refPath } from '../../../content/refs';
import { normaliseQuery } from '../api/query-text';
import { searchQueryOptions } from '../api/search-query';
import { searchTypeLabels } from './search-type-labels';

const suggestionCount = 8;

export function SearchBox() {
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = normaliseQuery(text);
  const spoilerLevel = useSpoilerLevel();
  const {
    data: hits = [],
    isFetching,
    isError,
  } = useQuery({
    ...searchQueryOptions(query, spoilerLevel, suggestionCount),
    enabled: open && query.length > 0,
    placeholderData: keepPreviousData,
  });
  // A failed search keeps its previous results as data: they no longer match what the fan typed.
  const suggestions = query.length > 0 && !isError ? hits : [];
  const optionCount = query.length > 0 ? suggestions.length + 1 : 0;
  const expanded = open && optionCount > 0;

  useEffect(() => {
    const focusOnShortcut = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', focusOnShortcut);
    return () => window.removeEventListener('keydown', focusOnShortcut);
  }, []);

  const go = (index: number) => {
    const hit = suggestions[index];
    setOpen(false);
    setActive(-1);
    if (hit) {
      setText('');
      void router.navigate({ href: refPath(hit.target) });
    } else if (query.length > 0) {
      void router.navigate({ to: '/search', search: { q: text } });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (optionCount === 0) return;
      setActive((current) =>
        event.key === 'ArrowDown' ? (current + 1) % optionCount : current <= 0 ? optionCount - 1 : current - 1,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(active);
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else {
        setText('');
      }
    }
  };

  const activeId = expanded && active >= 0 && active < optionCount ? `${listId}-${active}` : undefined;
  return (
    <div className="search-box" role="search" aria-label="Quick search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search the wiki
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        type="text"
        role="combobox"
        className="search-input"
        placeholder="Search the wiki…"
        autoComplete="off"
        spellCheck={false}
        maxLength={10_000}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-keyshortcuts="/ Control+K Meta+K"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-shortcut" aria-hidden="true">
        /
      </kbd>
      <ul id={listId} role="listbox" aria-label="Suggestions" className="search-suggestions" hidden={!expanded}>
        {suggestions.map((hit, index) => (
          <li
            key={hit.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="search-option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(index)}
          >
            <span className="search-option-title">{hit.title}</span>
            <span className="badge">{searchTypeLabels[hit.type].one}</span>
          </li>
        ))}
        <li
          id={`${listId}-${suggestions.length}`}
          role="option"
          aria-selected={active === suggestions.length}
          className="search-option search-option-all"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => go(suggestions.length)}
        >
          {isError
            ? 'Suggestions could not be loaded: see all results'
            : suggestions.length === 0 && !isFetching
              ? 'No matches yet: see all results'
              : 'See all results'}{' '}
          for “{query.length > 40 ? `${query.slice(0, 40)}…` : query}”
        </li>
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {!expanded
          ? ''
          : isError
            ? 'Suggestions could not be loaded'
            : `${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}`}
      </p>
    </div>
  );
}
