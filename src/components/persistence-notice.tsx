// Says, where the fan keeps things (bookmarks, /about), that the browser may delete the wiki's data, and offers "Keep
// my data".
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { persistenceQueryOptions, requestPersistentStorage } from '../lib/persistent-storage';

export function PersistenceNotice() {
  const queryClient = useQueryClient();
  const { data: persistence } = useQuery(persistenceQueryOptions());
  const keep = useMutation({
    mutationFn: requestPersistentStorage,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: persistenceQueryOptions().queryKey }),
  });
  if (persistence === undefined || persistence === 'persisted') return null;
  return (
    <p className="notice-inline persistence-notice" role="note">
      {persistence === 'unknown' ? (
        <>
          This browser doesn’t say whether it keeps the wiki’s data: it may delete your bookmarks and notes after a
          while without a visit. Export them to a file to keep them safe.
        </>
      ) : (
        <>
          This browser may delete the wiki’s data, your bookmarks and notes with it, when space runs low or after a
          while without a visit.{' '}
          <button type="button" className="button button-quiet" disabled={keep.isPending} onClick={() => keep.mutate()}>
            Keep my data
          </button>
          {keep.data === false ? (
            <span className="persistence-refused">
              {' '}
              The browser said no for now (it decides by how much you use the wiki, or once you install it). Export your
              bookmarks to a file to keep them safe.
            </span>
          ) : null}
        </>
      )}
    </p>
  );
}
