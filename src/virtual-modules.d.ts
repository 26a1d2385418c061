// Types of the virtual modules served by src/content/corpus-vite-plugin.ts.
declare module 'virtual:corpus' {
  const corpus: import('./content/schema').Corpus;
  export default corpus;
}
declare module 'virtual:corpus-hash' {
  const corpusHash: string;
  export default corpusHash;
}
