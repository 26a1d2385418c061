// A corpus date as <time>: machine-readable dateTime, human text with its precision ("March 2018", "expected 2017").
import { formatPartialDate } from '../content/dates';
import type { PartialDate } from '../content/schema';

export function DateText({ date }: { date: PartialDate }) {
  return <time dateTime={date.value}>{formatPartialDate(date)}</time>;
}
