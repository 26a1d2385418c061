// A page's summary paragraph: its text with citation markers, behind the spoiler shield when it reveals plot.
import type { CitedText } from '../content/schema';
import { Cite } from './citations';
import { SpoilerShield } from './spoiler-shield';

export function CitedSummary({ summary }: { summary: CitedText }) {
  return (
    <SpoilerShield spoils={summary.spoils}>
      <p>
        {summary.text}
        <Cite sources={summary.sources} />
      </p>
    </SpoilerShield>
  );
}
