// /sources: the four source articles every fact is drawn from.
import { createFileRoute } from '@tanstack/react-router';
import { NewPageLink } from '../../components/new-page-link';
import { Page } from '../../components/page';
import { SourceList } from '../../features/sources/components/source-list';

export const Route = createFileRoute('/sources/')({
  component: () => (
    <Page
      actions={<NewPageLink kind="sources" />}
      title="Sources"
      lede={
        <p>
          Every fact in this wiki is drawn from one or more of these articles and cites it by number. Nothing comes from
          memory.
        </p>
      }
    >
      <SourceList />
    </Page>
  ),
});
