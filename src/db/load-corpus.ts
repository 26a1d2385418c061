// First-start loading: when the stored corpus hash differs from the bundled one, replace every content table (and drop the stale search index) in one transaction; timed as User Timing measures (corpus-import, corpus-write).
import type { Corpus } from '../content/schema';
import { contentTables, type WikiDatabase } from './wiki-database';

export type CorpusSource = {
  /** The bundled corpus's fingerprint, known without loading the corpus itself. */
  hash: string;
  /** Loads the corpus (a dynamic import in the app), only called when the hash changed. */
  load: () => Promise<Corpus>;
};

export async function loadCorpusIfChanged(db: WikiDatabase, source: CorpusSource): Promise<'loaded' | 'unchanged'> {
  const stored = await db.meta.get('corpus');
  if (stored?.hash === source.hash) return 'unchanged';
  const importStart = performance.now();
  const corpus = await source.load();
  const writeStart = performance.now();
  performance.measure('corpus-import', { start: importStart, end: writeStart });
  await db.transaction('rw', [...contentTables, 'meta', 'searchIndex'], async () => {
    await db.searchIndex.clear();
    for (const table of contentTables) {
      await db.table(table).clear();
      await db.table(table).bulkPut(corpus[table]);
    }
    await db.meta.put({ key: 'corpus', hash: source.hash, loadedAt: Date.now() });
  });
  performance.measure('corpus-write', { start: writeStart });
  return 'loaded';
}
