// Banners about the fan's storage: IndexedDB unavailable (nothing will be kept), or a newer version of the wiki open in
// another tab.
import { useQuery } from '@tanstack/react-query';
import { Notice } from '../../../components/notice';
import { databaseStatusQueryOptions } from '../api/database-status-query';
import { useVersionChanged } from '../api/use-connection-state';

export function StorageNotices() {
  const { data: status } = useQuery(databaseStatusQueryOptions());
  const versionChanged = useVersionChanged();
  return (
    <>
      {versionChanged ? (
        <Notice tone="warning">
          A newer version of the wiki is open in another tab, so this tab has stopped reading its data.{' '}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </Notice>
      ) : null}
      {status?.storage === 'memory' ? (
        <Notice tone="warning">
          This browser won’t let the wiki use its storage, so the wiki runs from memory: everything works, but
          bookmarks, settings and your edits won’t be kept after you close this tab.
        </Notice>
      ) : null}
    </>
  );
}
