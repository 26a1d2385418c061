// Says in a fan's words why a write to the browser's storage failed (storage full, the connection closed by another
// tab's upgrade or by clearing site data), for the message shown where the fan acted.
export function describeWriteError(error: unknown): string {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map((part) =>
    part instanceof Error || part instanceof DOMException ? part.name : '',
  );
  if (names.includes('QuotaExceededError')) return 'this device’s storage is full';
  if (names.some((name) => name === 'DatabaseClosedError' || name === 'InvalidStateError'))
    return 'the wiki’s storage was closed (reloading the page usually helps)';
  return error instanceof Error && error.message ? error.message : 'the browser refused to store it';
}
