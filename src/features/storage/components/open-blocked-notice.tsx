// Says why the wiki is waiting when another tab holds an older version of its database open: rendered beside the
// router (whose pages wait for the database), so the fan never faces a blank page.
import { Notice } from '../../../components/notice';
import { useOpenBlocked } from '../api/use-connection-state';

export function OpenBlockedNotice() {
  if (!useOpenBlocked()) return null;
  return (
    <Notice tone="warning">
      Another tab has an older version of the wiki open, so this one can’t open its data yet. Close the other tab (or
      reload it) and this page goes on by itself.
    </Notice>
  );
}
