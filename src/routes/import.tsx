// /import#…: an edit pack shared as a link (its changes in the fragment, which never reaches a server), previewed
// before anything is applied.
import { useQuery } from '@tanstack/react-query';
import { createFileRoute, Link, useLocation } from '@tanstack/react-router';
import { Page } from '../components/page';
import { packLinkQueryOptions } from '../features/editing/api/edit-packs-query';
import { PackCheckResult } from '../features/editing/components/pack-import';

export const Route = createFileRoute('/import')({
  component: function ImportRoute() {
    const fragment = useLocation({ select: (location) => location.hash });
    const { data: check } = useQuery(packLinkQueryOptions(fragment));
    return (
      <Page
        title="Import shared edits"
        lede={
          <p>
            Someone shared changes to the wiki with you. See what they would change; nothing is applied until you
            choose. All your edits are on <Link to="/edits">Your edits</Link>.
          </p>
        }
      >
        {check ? <PackCheckResult check={check} /> : <p role="status">Reading the link…</p>}
      </Page>
    );
  },
});
