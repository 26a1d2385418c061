// The editor's routes, for the seven page kinds: /$kind/$key/edit (the loader reads the page as the fan edits it and
// what the pickers offer; a renamed page's former key redirects, anything else unknown is "not found") and each
// kind's /<kind>/new. A save shows the saved page.
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, notFound, redirect, useNavigate } from '@tanstack/react-router';
import { emptyStatements, type PageDocument } from '../content/page-document';
import { entityRef, refKind, refPath } from '../content/refs';
import type { EntityKind, EntityRef } from '../content/schema';
import { isRenamableKind } from '../content/tables';
import { currentSlugQueryOptions } from '../features/aliases/api/current-slug-query';
import { editorChoicesQueryOptions } from '../features/editing/api/editor-choices-query';
import { pageDocumentQueryOptions } from '../features/editing/api/page-document-query';
import { PageEditor } from '../features/editing/components/page-editor';
import { pageRefOf, requirePageRef, type PageRouteArgs } from './-entity-page';

/** The editor route's loader: reads the page as the fan edits it and what the pickers offer. */
export async function editPageLoader({ context: { queryClient }, params }: PageRouteArgs): Promise<void> {
  const ref = requirePageRef(params);
  const [document] = await Promise.all([
    queryClient.ensureQueryData(pageDocumentQueryOptions(ref)),
    queryClient.ensureQueryData(editorChoicesQueryOptions()),
  ]);
  if (document.page) return;
  const kind = refKind(ref);
  if (isRenamableKind(kind)) {
    const current = await queryClient.ensureQueryData(currentSlugQueryOptions(kind, params.key));
    if (current) throw redirect({ href: `/${kind}/${encodeURIComponent(current)}/edit`, replace: true });
  }
  throw notFound();
}

/** The create route's loader. */
export const newPageLoader = ({ context: { queryClient } }: { context: { queryClient: QueryClient } }) =>
  queryClient.ensureQueryData(editorChoicesQueryOptions());

function Editor({ kind, current }: { kind: EntityKind; current: PageDocument }) {
  const navigate = useNavigate();
  const { data: choices } = useSuspenseQuery(editorChoicesQueryOptions());
  return (
    <PageEditor
      key={current.ref}
      kind={kind}
      current={current}
      choices={choices}
      onSaved={(saved) => void navigate({ href: refPath(saved) })}
      cancel={
        <Link to={current.page ? refPath(current.ref) : `/${kind}`} className="button button-quiet">
          Cancel
        </Link>
      }
    />
  );
}

function StoredPageEditor({ kind, pageRef }: { kind: EntityKind; pageRef: EntityRef }) {
  const { data: current } = useSuspenseQuery(pageDocumentQueryOptions(pageRef));
  return <Editor kind={kind} current={current} />;
}

export function EditPage({ params }: { params: PageRouteArgs['params'] }) {
  const ref = pageRefOf(params.kind, params.key);
  if (!ref) return null;
  return <StoredPageEditor kind={refKind(ref)} pageRef={ref} />;
}

/** The editor of a page not created yet: its key comes from what the fan types. */
export function NewPage({ kind }: { kind: EntityKind }) {
  return <Editor kind={kind} current={{ ref: entityRef(kind, 'new'), page: null, statements: emptyStatements() }} />;
}
