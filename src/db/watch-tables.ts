// Cross-tab change feed: runs a read inside Dexie's liveQuery and calls back whenever the tables it read change (in this tab or another).
import { liveQuery } from 'dexie';

export function watchRead<T>(read: () => Promise<T>, onChange: (value: T) => void): () => void {
  const subscription = liveQuery(read).subscribe({ next: onChange, error: () => undefined });
  return () => subscription.unsubscribe();
}
