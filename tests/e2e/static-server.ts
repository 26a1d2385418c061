// A static host for the production build, configured the way the README asks a real one to be: a prerendered page's
// index.html for its path (/characters/kilgrave → characters/kilgrave/index.html), the app shell (app-shell.html) for
// any other app URL, no-cache for HTML and sw.js, immutable /assets, gzip for text. Its folder can be swapped to deploy
// a new build.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { appShellFile } from '../../build/prerender-vite-plugin';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text is sent gzipped to a browser that accepts it, as any real host does; PNG and ICO are compressed already. */
const compressible = new Set(['.html', '.js', '.css', '.json', '.map', '.webmanifest', '.svg', '.txt']);

export type StaticServer = { url: string; deploy: (folder: string) => void; close: () => Promise<void> };

export async function startStaticServer(folder: string): Promise<StaticServer> {
  if (!existsSync(join(folder, appShellFile))) {
    throw new Error(
      `There is no production build in ${folder}: run "npm test" (which builds first) or "npm run build".`,
    );
  }
  let root = resolve(folder);
  // Each file version is compressed once, as a host serving precompressed files does: compressing per request would
  // make this host, not the app, the slow part of a benchmark (the 10,000-character corpus is about 18 MB of text).
  const compressed = new Map<string, Buffer>();
  const gzippedFile = (file: string) => {
    const { mtimeMs, size } = statSync(file);
    const key = `${file}:${mtimeMs}:${size}`;
    const body = compressed.get(key) ?? gzipSync(readFileSync(file));
    compressed.set(key, body);
    return body;
  };
  const server = createServer((request, response) => {
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    let decoded = pathname;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      // A malformed escape is still an app URL: the SPA shows its own "not found".
    }
    const candidate = normalize(join(root, decoded));
    const insideRoot = candidate === root || candidate.startsWith(root + sep);
    const isFile = (path: string) => insideRoot && existsSync(path) && statSync(path).isFile();
    const page = join(candidate, 'index.html');
    // A missing file is a 404; any other path is an app URL and gets its prerendered page or else the app shell.
    if (!isFile(candidate) && (decoded.startsWith('/assets/') || extname(decoded) in contentTypes)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const file = isFile(candidate) ? candidate : isFile(page) ? page : join(root, appShellFile);
    const name = file.slice(root.length + 1);
    const cacheControl = name.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    const contentType = contentTypes[extname(file)] ?? 'application/octet-stream';
    const gzip = compressible.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const headers = { 'Content-Type': contentType, 'Cache-Control': cacheControl, Vary: 'Accept-Encoding' };
    if (gzip) {
      const body = gzippedFile(file);
      response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length }).end(body);
    } else {
      response.writeHead(200, headers);
      createReadStream(file).pipe(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deploy: (next) => {
      root = resolve(next);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
