// Both seasons as cards: name, premiere date and platform, episode count where known.
import { useSuspenseQuery } from '@tanstack/react-query';
import { CardGrid } from '../../../components/card-grid';
import { DateText } from '../../../components/date-text';
import { entityRef } from '../../../content/refs';
import { seasonsQueryOptions } from '../api/seasons-query';

export function SeasonList() {
  const { data: seasons } = useSuspenseQuery(seasonsQueryOptions());
  return (
    <CardGrid
      label="Seasons"
      cards={seasons.map((season) => ({
        ref: entityRef('seasons', season.number),
        title: season.name,
        kicker: (
          <>
            Premiered <DateText date={season.premiere.date} /> on {season.platform.value}
            {season.episodeCount ? ` · ${season.episodeCount.value} episodes` : ''}
          </>
        ),
        description: season.summary.spoils ? undefined : season.summary.text,
      }))}
    />
  );
}
