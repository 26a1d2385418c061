// /edits: every change the fan made on this device, by page; export them as an edit pack, import one, undo an import.
import { createFileRoute } from '@tanstack/react-router';
import { Page, Section } from '../components/page';
import { localEditsQueryOptions } from '../features/editing/api/edit-packs-query';
import { EditsOverview } from '../features/editing/components/edits-overview';
import { ImportedPacks, PackImport } from '../features/editing/components/pack-import';

export const Route = createFileRoute('/edits')({
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(localEditsQueryOptions()),
  component: function EditsRoute() {
    return (
      <Page
        title="Your edits"
        lede={
          <p>
            What you changed in the wiki on this device. Share it as an edit pack (a file or a link); import someone
            else’s and see what it would change before it changes anything.
          </p>
        }
      >
        <Section title="Changes">
          <EditsOverview />
        </Section>
        <Section title="Import">
          <PackImport />
        </Section>
        <Section title="Imported packs">
          <ImportedPacks />
        </Section>
      </Page>
    );
  },
});
