/// <reference types="vite-plugin-pwa/react" />
// Types of the virtual modules: the corpus and its hash (src/content/corpus-vite-plugin.ts), and vite-plugin-pwa's registration hook.
declare module 'virtual:corpus' {
  const corpus: import('./content/schema').Corpus;
  export default corpus;
}
declare module 'virtual:corpus-hash' {
  const corpusHash: string;
  export default corpusHash;
}
