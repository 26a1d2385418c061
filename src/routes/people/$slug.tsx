// /people/$slug: one person's page.
import { createFileRoute, Link, notFound } from '@tanstack/react-router';
import { NotFound } from '../../components/not-found';
import { entityRef } from '../../content/refs';
import { personQueryOptions } from '../../features/people/api/person-query';
import { PersonPage } from '../../features/people/components/person-page';
import { ensurePageSections, PageSections } from '../-page-sections';
import { PageTools } from '../../features/bookmarks/components/page-tools';
import { redirectFormerSlug } from '../-former-slug';

export const Route = createFileRoute('/people/$slug')({
  loader: async ({ context: { queryClient }, params: { slug } }) => {
    const [detail] = await Promise.all([
      queryClient.ensureQueryData(personQueryOptions(slug)),
      ensurePageSections(queryClient, entityRef('people', slug)),
    ]);
    if (!detail) {
      await redirectFormerSlug(queryClient, 'people', slug);
      throw notFound();
    }
  },
  component: function PersonRoute() {
    const { slug } = Route.useParams();
    return (
      <PersonPage slug={slug} actions={<PageTools about={entityRef('people', slug)} />}>
        <PageSections about={entityRef('people', slug)} />
      </PersonPage>
    );
  },
  notFoundComponent: function UnknownPerson() {
    return <NotFound what="person" asked={Route.useParams().slug} backTo={<Link to="/people">All cast and crew</Link>} />;
  },
});
