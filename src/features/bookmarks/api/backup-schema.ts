// Checking a backup or bookmarks file (zod/mini) against what the wiki can show, with a message naming the first
// problem. Runs in the import worker (import-backup.worker.ts), so neither zod nor a big file's parsing touches the
// page's thread.
import * as z from 'zod/mini';
import { entityKinds } from '../../../content/kinds';
import type { Bookmark, Note } from '../../../db/wiki-database';
import {
  collapseDuplicates,
  fileFormat,
  fileVersion,
  readableVersions,
  type CheckedFile,
  type HistoryRow,
} from './bookmark-file';
import { lastExportSettingKey, limits } from './backup-limits';

export type CheckResult = { ok: true; file: CheckedFile } | { ok: false; message: string };

const refPattern = new RegExp(`^(?:${entityKinds.join('|')}):[a-z0-9]+(?:-[a-z0-9]+)*$`);
const ref = z
  .string()
  .check(
    z.maxLength(limits.refKey, 'is too long'),
    z.regex(refPattern, 'is not a page reference like “characters:kilgrave”'),
  );
const time = z
  .int()
  .check(
    z.gte(0, 'is before 1970'),
    z.lte(limits.time, 'is later than the last day a date can hold (in the year 275760)'),
  );
const text = (max: number) =>
  z.string().check(z.maxLength(max, `is longer than ${max.toLocaleString('en')} characters`));
const rows = <T extends z.ZodMiniType>(row: T, max: number) =>
  z.array(row).check(z.maxLength(max, `has more than ${max.toLocaleString('en')} rows`));

const bookmark = z.object({ ref, title: text(limits.title).check(z.minLength(1, 'is empty')), addedAt: time });
const note = z.object({ ref, text: text(limits.note), updatedAt: time });
const historyRow = z.object({ ref, title: text(limits.title).check(z.minLength(1, 'is empty')), viewedAt: time });
const setting = z.object({
  key: text(limits.settingKey).check(z.minLength(1, 'is empty')),
  value: z.union([text(limits.settingText), z.number(), z.boolean(), z.null()]),
});

const header = z.object({ format: z.literal(fileFormat), version: z.number() });
const version1 = z.object({
  exportedAt: text(1_000),
  bookmarks: rows(bookmark, limits.rows),
  notes: rows(note, limits.rows),
});
const version2 = z.object({
  ...version1.shape,
  history: rows(historyRow, limits.historyRows),
  settings: rows(setting, limits.settings),
});

const nothingChanged = 'Nothing was changed.';

/** Reads a file's text: anything that is not a complete file the wiki can show gets a message and no data. */
export function checkBackupText(fileText: string): CheckResult {
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch {
    return { ok: false, message: `This file isn’t valid JSON (it may be cut short). ${nothingChanged}` };
  }
  return checkBackup(json);
}

/** Checks parsed JSON (the worker's second step; tests call it with values JSON can't hold, such as NaN). */
export function checkBackup(json: unknown): CheckResult {
  const head = header.safeParse(json);
  if (!head.success)
    return { ok: false, message: `This isn’t a Jessica Jones Wiki backup or bookmarks file. ${nothingChanged}` };
  const { version } = head.data;
  if (!(readableVersions as readonly number[]).includes(version)) {
    return {
      ok: false,
      message: `This file is version ${String(version)}; this wiki reads versions 1 to ${fileVersion}. ${nothingChanged}`,
    };
  }
  const result = version === 1 ? version1.safeParse(json) : version2.safeParse(json);
  if (!result.success) {
    const { issues } = result.error;
    const more = issues.length > 1 ? ` (${issues.length.toLocaleString('en')} problems in all)` : '';
    return {
      ok: false,
      message: `This file can’t be imported: ${describeIssue(issues[0]!, json)}${more}. ${nothingChanged}`,
    };
  }
  const { bookmarks, notes } = result.data as { bookmarks: Bookmark[]; notes: Note[] };
  const { history = [], settings = [] } = result.data as Partial<z.infer<typeof version2>>;
  return {
    ok: true,
    file: {
      version,
      entries: collapseDuplicates({ bookmarks, notes }),
      history: history as HistoryRow[],
      settings: settings.filter((row) => row.key !== lastExportSettingKey),
    },
  };
}

const expectedNames: Record<string, string> = {
  int: 'a whole number of milliseconds',
  number: 'a number',
  string: 'text',
  array: 'a list',
  object: 'an object',
};
const rowNames: Record<string, string> = {
  bookmarks: 'bookmark',
  notes: 'note',
  history: 'history entry',
  settings: 'setting',
};

/** E.g. "bookmark 3 (characters:kilgrave): addedAt 9000000000000000 is later than the last day a date can hold …". */
function describeIssue(issue: z.core.$ZodIssue, json: unknown): string {
  const path = issue.path.map(String);
  const value = valueAt(json, issue.path);
  const problem =
    issue.code === 'invalid_type'
      ? value === undefined
        ? 'is missing'
        : `is not ${expectedNames[issue.expected] ?? `a ${issue.expected}`}`
      : issue.message;
  const [section, index, field] = path;
  if (section === undefined) return `the file ${problem}`;
  if (index === undefined) return `${section} ${problem}`;
  const row = valueAt(json, issue.path.slice(0, 2));
  const rowRef =
    typeof row === 'object' && row !== null && 'ref' in row && typeof row.ref === 'string'
      ? ` (${shown(row.ref)})`
      : '';
  const rowName = `${rowNames[section] ?? section} ${Number(index) + 1}${rowRef}`;
  if (field === undefined) return `${rowName} ${problem}`;
  const fieldValue =
    typeof value === 'number' || (typeof value === 'string' && value.length > 0 && value.length <= 60)
      ? ` ${shown(value)}`
      : '';
  return `${rowName}: ${field}${fieldValue} ${problem}`;
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const shown = (value: string | number) =>
  typeof value === 'number' ? String(value) : JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
