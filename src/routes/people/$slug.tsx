// /people/$slug: one person's page.
import { createFileRoute } from '@tanstack/react-router';
import { personQueryOptions } from '../../features/people/api/person-query';
import { PersonPage } from '../../features/people/components/person-page';
import { asSlug, EntityPage, entityPageLoader, sectionsAbout, type EntityPageSpec } from '../-entity-page';
import { UnknownEntity } from '../-unknown-page';

const page: EntityPageSpec<string> = {
  kind: 'people',
  parseKey: asSlug,
  detail: (queryClient, key) => queryClient.ensureQueryData(personQueryOptions(key)),
  sections: sectionsAbout('people'),
  render: (slug, tools, sections) => (
    <PersonPage slug={slug} actions={tools}>
      {sections}
    </PersonPage>
  ),
};

export const Route = createFileRoute('/people/$slug')({
  loader: entityPageLoader(page, 'slug'),
  component: function PersonRoute() {
    return <EntityPage spec={page} param={Route.useParams().slug} />;
  },
  notFoundComponent: function UnknownPerson() {
    return <UnknownEntity kind="people" asked={Route.useParams().slug} />;
  },
});
