/// <reference types="vite-plugin-pwa/react" />
// Types of the virtual modules: the corpus loader, the corpus's hash and the source digest
// (build/corpus-vite-plugin.ts), and vite-plugin-pwa's registration hook.
declare module 'virtual:corpus' {
  /** Imports the corpus's parts (each its own chunk) and puts them together. */
  const loadCorpus: () => Promise<import('./content/schema').Corpus>;
  export default loadCorpus;
}
declare module 'virtual:corpus-hash' {
  const corpusHash: string;
  export default corpusHash;
}
declare module 'virtual:source-digest' {
  /**
   * Per source id, the corpus statements ("facts:…", "characters:kilgrave/summary") its article makes, in the article's
   * order.
   */
  const digest: Record<string, string[]>;
  export default digest;
}
