// Serves the production build (dist/) with Vite's preview server on a free loopback port.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));

export async function startPreviewServer(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(`${rootDir}/dist/index.html`)) {
    throw new Error('There is no production build in dist/: run "npm test" (which builds first) or "npm run build".');
  }
  const server: PreviewServer = await preview({ root: rootDir, logLevel: 'error', preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('The preview server did not report its address.');
  return { url, close: () => server.close() };
}
