// /bookmarks: the fan's bookmarks with notes (sort and type filter in the URL, validated), recently viewed pages,
// export and import.
import { createFileRoute, Link, stripSearchParams } from '@tanstack/react-router';
import { Page, Section } from '../components/page';
import { PersistenceNotice } from '../components/persistence-notice';
import { entityKinds } from '../content/kinds';
import { bookmarksQueryOptions } from '../features/bookmarks/api/bookmarks-query';
import { historyQueryOptions } from '../features/bookmarks/api/history-query';
import { BackupControls } from '../features/bookmarks/components/backup-controls';
import { BackupReminder } from '../features/bookmarks/components/backup-reminder';
import { BookmarkList } from '../features/bookmarks/components/bookmark-list';
import { RecentList } from '../features/bookmarks/components/recent-list';
import { choiceParam } from './-search-params';

export const Route = createFileRoute('/bookmarks')({
  validateSearch: (search: Record<string, unknown>) => ({
    sort: choiceParam(search.sort, ['recent', 'title'], 'recent'),
    type: choiceParam(search.type, [...entityKinds, 'all'], 'all'),
  }),
  search: { middlewares: [stripSearchParams({ sort: 'recent', type: 'all' })] },
  loader: ({ context: { queryClient } }) =>
    Promise.all([
      queryClient.ensureQueryData(bookmarksQueryOptions()),
      queryClient.ensureQueryData(historyQueryOptions()),
    ]),
  component: function BookmarksRoute() {
    const filter = Route.useSearch();
    const navigate = Route.useNavigate();
    return (
      <Page
        title="Bookmarks"
        lede={
          <p>
            Pages you saved, with your notes. They stay on this device, work offline, and can be exported to a file.
            What you changed in the wiki is on <Link to="/edits">Your edits</Link>.
          </p>
        }
      >
        <PersistenceNotice />
        <BackupReminder />
        <BookmarkList filter={filter} onChange={(next) => void navigate({ search: next, replace: true })} />
        <Section title="Recently viewed">
          <RecentList />
        </Section>
        <Section title="Back up">
          <BackupControls />
        </Section>
      </Page>
    );
  },
});
