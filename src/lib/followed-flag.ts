// A yes/no state that React components follow with `useSyncExternalStore` (the database connection's states, the
// "as published" view).
/** A yes/no state the page follows: the get and subscribe of `useSyncExternalStore`, and a set that tells them. */
export function followedFlag() {
  let value = false;
  const listeners = new Set<() => void>();
  return {
    get: (): boolean => value,
    set(next: boolean): void {
      if (value === next) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
