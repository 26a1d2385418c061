// The About page's facts about this copy of the wiki: version, corpus, storage used and whether it is kept
// persistently.
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { DateText } from '../../../components/date-text';
import { Infobox } from '../../../components/infobox';
import { corpusInfoQueryOptions } from '../api/corpus-info-query';
import { persistenceQueryOptions } from '../../../lib/persistent-storage';
import { storageEstimateQueryOptions } from '../api/storage-estimate-query';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function AboutApp() {
  const { data: corpus } = useSuspenseQuery(corpusInfoQueryOptions());
  const { data: storage } = useQuery(storageEstimateQueryOptions());
  const { data: persistence } = useQuery(persistenceQueryOptions());
  return (
    <Infobox
      title="This copy of the wiki"
      rows={[
        {
          label: 'Version',
          value: `${__APP_VERSION__} (built ${new Date(__BUILD_TIME__).toISOString().slice(0, 10)})`,
        },
        {
          label: 'Corpus',
          value: (
            <>
              {corpus.sourceCount} source articles
              {corpus.newestSource ? (
                <>
                  , the newest <DateText date={corpus.newestSource} />
                </>
              ) : null}
              {corpus.hash ? (
                <span className="muted">
                  {' '}
                  · fingerprint <code>{corpus.hash}</code>
                </span>
              ) : null}
            </>
          ),
        },
        {
          label: 'Loaded',
          isEmpty: !corpus.loadedAt,
          value: corpus.loadedAt ? new Date(corpus.loadedAt).toLocaleString('en') : null,
        },
        {
          label: 'Storage used',
          value:
            corpus.storage === 'memory'
              ? 'None: this browser refused storage, so nothing is kept after this tab closes'
              : storage?.usedBytes !== undefined
                ? `${megabytes(storage.usedBytes)} of ${megabytes(storage.quotaBytes ?? 0)} available`
                : 'Not reported by this browser',
        },
        {
          label: 'Persistent',
          value:
            persistence === 'persisted'
              ? 'Yes: the browser will not clear it to free space'
              : persistence === 'may-clear'
                ? 'No: the browser may clear it when space runs low'
                : 'Not reported by this browser',
        },
      ]}
    />
  );
}
