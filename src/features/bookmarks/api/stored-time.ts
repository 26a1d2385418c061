// Stored times (ms since 1970) checked before use: a stored number that is no date, however it got in (9000000000000000
// is a valid integer but past what a Date holds), gives undefined instead of a RangeError that would take the page
// down.
export const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 8.64e15;

export function isoDateTime(time: unknown): string | undefined {
  return isTime(time) ? new Date(time).toISOString() : undefined;
}

export function isoDate(time: unknown): string | undefined {
  return isoDateTime(time)?.slice(0, 10);
}
