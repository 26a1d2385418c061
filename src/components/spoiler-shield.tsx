// The spoiler shield's shared half: the fan's level in context, and the control that hides what spoils a later season
// until "show" is pressed.
import { createContext, useContext, useDeferredValue, useState, type ReactNode } from 'react';

/** The last season the fan has watched: 0 for nothing yet, Infinity for everything. */
const SpoilerLevelContext = createContext<number>(Infinity);

/**
 * A new level reaches the page as a deferred value: the parts that read other data at it (the map's graph) keep
 * showing until that data is read, rather than suspending the page (when the app takes over a page prerendered at
 * "nothing yet" for a fan who has watched more, or when the fan changes the level).
 */
export function SpoilerLevelProvider({ level, children }: { level: number; children: ReactNode }) {
  return <SpoilerLevelContext.Provider value={useDeferredValue(level)}>{children}</SpoilerLevelContext.Provider>;
}

export function useSpoilerLevel(): number {
  return useContext(SpoilerLevelContext);
}

export function isHiddenBySpoilerLevel(spoils: number | undefined, level: number): boolean {
  return spoils !== undefined && spoils > level;
}

/** Marks content the fan chose to see (or revealed) that reveals a season's plot. */
export function SpoilerBadge({ season }: { season?: number }) {
  return season === undefined ? null : <span className="badge badge-spoiler">Spoiler · Season {season}</span>;
}

type SpoilerShieldProps = { spoils?: number; children: ReactNode; inline?: boolean };

/** Shows `children` unless they spoil a season the fan hasn't watched; then a button reveals this one item only. */
export function SpoilerShield({ spoils, children, inline = false }: SpoilerShieldProps) {
  const level = useSpoilerLevel();
  const [revealed, setRevealed] = useState(false);
  if (!isHiddenBySpoilerLevel(spoils, level) || revealed) {
    return (
      <>
        <SpoilerBadge season={spoils} />
        {children}
      </>
    );
  }
  const Wrapper = inline ? 'span' : 'div';
  return (
    <Wrapper className="spoiler-hidden">
      <button type="button" className="spoiler-reveal" onClick={() => setRevealed(true)}>
        Spoiler for Season {spoils} — show
      </button>
    </Wrapper>
  );
}
