// What a backup file may hold, and the device's own "last exported" setting: apart from the file's code
// (bookmark-file.ts, loaded with an export or import) because the note box and the backup reminder need them on every
// visit to /bookmarks.
/** What the wiki can show, so an import holding more is refused (the note box takes 10,000 characters). */
export const limits = {
  rows: 1_000_000,
  historyRows: 1_000,
  settings: 100,
  refKey: 200,
  title: 500,
  note: 10_000,
  settingKey: 100,
  settingText: 1_000,
  /** The last millisecond a JavaScript Date can hold (year 275760). */
  time: 8_640_000_000_000_000,
  /** Bigger files are refused before they are read. */
  fileBytes: 256 * 1024 * 1024,
};

/**
 * The setting that says when the fan last exported: it belongs to this device, so it is neither exported nor imported.
 */
export const lastExportSettingKey = 'backup-exported-at';
