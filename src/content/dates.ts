// Partial dates ("2018", "2018-03", "2018-03-08", as precise as the source allows): validation and human-readable text.
import type { PartialDate } from './schema.ts';

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isRealPartialDate(value: string): boolean {
  const match = partialDatePattern.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= daysInMonth;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const qualifierWords: Record<NonNullable<PartialDate['qualifier']>, string> = {
  about: 'about',
  expected: 'expected',
  planned: 'planned for',
  scheduled: 'scheduled for',
};

/** "March 8, 2018", "March 2018", "2017", with the qualifier in front: "expected 2017". */
export function formatPartialDate({ value, qualifier }: PartialDate): string {
  const [year, month, day] = value.split('-');
  const monthName = month === undefined ? undefined : monthNames[Number(month) - 1];
  const text =
    monthName === undefined
      ? (year ?? value)
      : day === undefined
        ? `${monthName} ${year}`
        : `${monthName} ${Number(day)}, ${year}`;
  return qualifier ? `${qualifierWords[qualifier]} ${text}` : text;
}
