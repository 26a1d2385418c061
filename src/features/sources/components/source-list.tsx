// The source articles as cards: citation number, title, publication and approximate date, summary, and "Added by you"
// on a source the fan added.
import { useSuspenseQuery } from '@tanstack/react-query';
import { CardGrid } from '../../../components/card-grid';
import { DateText } from '../../../components/date-text';
import { EditMark } from '../../../components/edit-mark';
import { entityRef } from '../../../content/refs';
import { sourcesQueryOptions } from '../api/sources-query';

export function SourceList() {
  const { data: sources } = useSuspenseQuery(sourcesQueryOptions());
  return (
    <CardGrid
      label="Source articles"
      cards={sources.map((source, index) => ({
        ref: entityRef('sources', source.id),
        title: `[${index + 1}] ${source.title}`,
        kicker: (
          <>
            {source.publication ?? 'Publication not stated'} · <DateText date={source.published} />
            <EditMark mark={source.localEdit} />
          </>
        ),
        description: source.summary,
      }))}
    />
  );
}
