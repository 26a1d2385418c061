// A page's summary paragraph: its text with citation markers (and the fan's mark when they changed it), behind the
// spoiler shield when it reveals plot.
import type { EditMark as Mark } from '../content/page-document';
import type { CitedText } from '../content/schema';
import { Cite } from './citations';
import { EditMark } from './edit-mark';
import { SpoilerShield } from './spoiler-shield';

/** `edit`: the mark of the page's row: the summary shows "Your edit" when the fan changed it. */
export function CitedSummary({ summary, edit }: { summary: CitedText; edit?: Mark }) {
  return (
    <SpoilerShield spoils={summary.spoils}>
      <p>
        {summary.text}
        <Cite sources={summary.sources} />
        <EditMark mark={edit} field="summary" />
      </p>
    </SpoilerShield>
  );
}
