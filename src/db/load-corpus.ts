// First-start loading: when the stored corpus hash differs from the bundled one, replace the stored content with the
// new corpus's bundles, drop the stale search index and re-base the fans' edits on it, in one transaction; timed as
// User Timing measures (corpus-import, corpus-write, edits-rebase). The rows are written a few bundles per request, so
// no single task copies the whole corpus while the fan is already reading a page.
import type { Corpus } from '../content/schema';
import { tableNames } from '../content/tables';
import { bundleTable } from './content-bundles';
import type { WikiDatabase } from './wiki-database';

export type CorpusSource = {
  /** The bundled corpus's fingerprint, known without loading the corpus itself. */
  hash: string;
  /** Loads the corpus (a dynamic import in the app), only called when the hash changed. */
  load: () => Promise<Corpus>;
};

/**
 * Bundles per write: each write is an IndexedDB request whose rows the browser copies on the main thread, a few hundred
 * rows at a time (a bundle holds up to 100).
 */
export const bundlesPerWrite = 4;

/**
 * Writes in flight at once: each lane asks for its next write when its last one succeeds (a new task, in which the
 * transaction takes requests), so the database always has writes queued while the main thread copies the next ones.
 */
const writeLanes = 4;

export async function loadCorpusIfChanged(db: WikiDatabase, source: CorpusSource): Promise<'loaded' | 'unchanged'> {
  const stored = await db.meta.get('corpus');
  if (stored?.hash === source.hash) return 'unchanged';
  const importStart = performance.now();
  const corpus = await source.load();
  const writeStart = performance.now();
  performance.measure('corpus-import', { start: importStart, end: writeStart });
  const bundles = tableNames.flatMap((table) => bundleTable(table, corpus[table]));
  // Loaded before the transaction (which must not wait on anything but IndexedDB), and only when there are edits to
  // re-base: a first visit has none, and doesn't fetch it before its page is usable.
  const rebase = (await db.edits.count()) > 0 ? (await import('./rebase-edits')).rebaseStoredEdits : undefined;
  await db.transaction('rw', [db.content, db.meta, db.searchIndex, db.edits], async () => {
    await Promise.all([db.searchIndex.clear(), db.content.clear()]);
    const writes = Array.from({ length: Math.ceil(bundles.length / bundlesPerWrite) }, (_, index) =>
      bundles.slice(index * bundlesPerWrite, (index + 1) * bundlesPerWrite),
    );
    await Promise.all(
      Array.from({ length: writeLanes }, async (_, lane) => {
        for (let index = lane; index < writes.length; index += writeLanes) await db.content.bulkPut(writes[index]!);
      }),
    );
    if (rebase) {
      const rebaseStart = performance.now();
      await rebase(db, corpus, source.hash);
      performance.measure('edits-rebase', { start: rebaseStart });
    }
    await db.meta.put({ key: 'corpus', hash: source.hash, loadedAt: Date.now() });
  });
  performance.measure('corpus-write', { start: writeStart });
  return 'loaded';
}
