/// <reference types="vite-plugin-pwa/react" />
// Types of the virtual modules: the corpus loader and the corpus's hash (build/corpus-vite-plugin.ts), and vite-plugin-pwa's registration hook.
declare module 'virtual:corpus' {
  /** Imports the corpus's parts (each its own chunk) and puts them together. */
  const loadCorpus: () => Promise<import('./content/schema').Corpus>;
  export default loadCorpus;
}
declare module 'virtual:corpus-hash' {
  const corpusHash: string;
  export default corpusHash;
}
