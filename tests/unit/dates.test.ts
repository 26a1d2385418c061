// Partial dates: validity and human text with their precision.
import { describe, expect, it } from 'vitest';
import { formatPartialDate, isRealPartialDate } from '../../src/content/dates';

describe('partial dates', () => {
  it.each([
    [{ value: '2018-03-08' }, 'March 8, 2018'],
    [{ value: '2018-03' }, 'March 2018'],
    [{ value: '2017', qualifier: 'expected' as const }, 'expected 2017'],
    [{ value: '2015-11', qualifier: 'about' as const }, 'about November 2015'],
    [{ value: '2016-09-30', qualifier: 'scheduled' as const }, 'scheduled for September 30, 2016'],
  ])('formats %o as "%s"', (date, text) => {
    expect(formatPartialDate(date)).toBe(text);
  });

  it('accepts real dates only', () => {
    expect(['2016-02-29', '2018-12', '1999'].every(isRealPartialDate)).toBe(true);
    expect(['2015-02-29', '2018-00', '2018-3-8', '2018-03-08T00:00'].some(isRealPartialDate)).toBe(false);
  });
});
