// React DOM's client for the entry, through a module of the React chunk (see the chunk groups in vite.config.ts): React
// DOM is then set up when that chunk is evaluated, in a task of its own (src/take-over.ts), not with the entry.
export { createRoot, hydrateRoot } from 'react-dom/client';
