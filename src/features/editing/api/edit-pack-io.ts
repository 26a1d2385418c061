// Edit packs in and out of the browser: an export as a file download or as a link, a file or a link's fragment read
// into a pack. The parser (zod) and the link codec load here, on use, in chunks of their own.
import type { EditPackCheck } from '../../../content/edit-pack';
import { getDatabase } from '../../../db/database';
import type { ExportOptions } from '../../../db/edit-packs';
import { loadPackCode } from './edit-packs-query';

const loadParser = () => import('../../../content/edit-pack');
const loadLinkCodec = () => import('../../../content/edit-pack-link');

/** The fan's edits (all, or the chosen ids) handed to the browser as a download; returns the file's name. */
export async function downloadEditPack(options: ExportOptions): Promise<string> {
  const [{ db }, { exportEditPack }, { editPackFileName }] = await Promise.all([
    getDatabase(),
    loadPackCode(),
    loadParser(),
  ]);
  const pack = await exportEditPack(db, options);
  const fileName = editPackFileName(pack);
  const url = URL.createObjectURL(new Blob([JSON.stringify(pack, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return fileName;
}

export type PackLink = { url: string; tooLong: boolean; limit: number };

/** A link to /import carrying the chosen edits, and whether it is too long for common chat apps. */
export async function editPackLink(ids: readonly string[], origin: string): Promise<PackLink> {
  const [{ db }, { exportEditPack }, { editPackFragment, chatLinkLimit }] = await Promise.all([
    getDatabase(),
    loadPackCode(),
    loadLinkCodec(),
  ]);
  const url = `${origin}/import#${await editPackFragment(await exportEditPack(db, { ids }))}`;
  return { url, tooLong: url.length > chatLinkLimit, limit: chatLinkLimit };
}

/** The pack a file holds, or why it was refused. */
export async function readEditPackFile(file: Blob): Promise<EditPackCheck> {
  const { parseEditPack } = await loadParser();
  return parseEditPack(await file.text());
}
