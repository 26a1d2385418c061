// An edit pack carried in a link's fragment (`/import#p1.…`) for chat apps: the pack's JSON, deflated (the browser's
// own CompressionStream, no library) and base64url-encoded; the fragment never reaches a server. Decoding stops at the
// pack size limit (a small link cannot unpack into gigabytes) and reads the result with parseEditPack, so a damaged or
// tampered link is refused like a damaged file.
import { editPackLimits, parseEditPack, type EditPack, type EditPackCheck } from './edit-pack.ts';

/** The fragment's prefix: the link encoding's version. */
const prefix = 'p1.';

/** Links longer than this (in characters) are cut or refused by common chat apps: offer the file instead. */
export const chatLinkLimit = 8 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** All of a stream's bytes, or undefined past `limit` bytes. */
async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** The fragment (without "#") that carries `pack`. */
export async function editPackFragment(pack: EditPack): Promise<string> {
  const json = new Blob([JSON.stringify(pack)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return prefix + toBase64Url((await readAll(json, Number.POSITIVE_INFINITY)) ?? new Uint8Array());
}

const damaged = (): EditPackCheck => ({
  ok: false,
  message: 'This link is damaged or cut short: ask for the pack as a file instead.',
  problems: [],
});

/** Reads the pack a link's fragment (with or without "#") carries. */
export async function readEditPackFragment(fragment: string): Promise<EditPackCheck> {
  const text = fragment.replace(/^#/, '');
  if (!text.startsWith(prefix)) return damaged();
  const bytes = fromBase64Url(text.slice(prefix.length));
  if (!bytes || bytes.length === 0) return damaged();
  let json: Uint8Array | undefined;
  try {
    const inflated = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    json = await readAll(inflated, editPackLimits.bytes);
  } catch {
    return damaged();
  }
  if (!json) return { ok: false, message: 'This link unpacks to more than an edit pack may hold.', problems: [] };
  return parseEditPack(new TextDecoder().decode(json));
}
