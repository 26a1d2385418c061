// The page recipe and list page shared by the three subject routes (/series, /topics, /places and their pages).
import type { QueryClient } from '@tanstack/react-query';
import { NewPageLink } from '../components/new-page-link';
import { Page } from '../components/page';
import { subjectListLabels, type SubjectKind } from '../features/subjects/api/subject-kinds';
import { subjectQueryOptions } from '../features/subjects/api/subject-query';
import { subjectsQueryOptions } from '../features/subjects/api/subjects-query';
import { SubjectList } from '../features/subjects/components/subject-list';
import { SubjectPage } from '../features/subjects/components/subject-page';
import { asSlug, sectionsAbout, type EntityPageSpec } from './-entity-page';

export function subjectPage(kind: SubjectKind): EntityPageSpec<string> {
  return {
    kind,
    parseKey: asSlug,
    detail: (queryClient, slug) => queryClient.ensureQueryData(subjectQueryOptions(kind, slug)),
    sections: sectionsAbout(kind),
    render: (slug, tools, sections) => (
      <SubjectPage kind={kind} slug={slug} actions={tools}>
        {sections}
      </SubjectPage>
    ),
  };
}

export function subjectListLoader(kind: SubjectKind) {
  return ({ context: { queryClient } }: { context: { queryClient: QueryClient } }) =>
    queryClient.ensureQueryData(subjectsQueryOptions(kind));
}

export function SubjectListPage({ kind }: { kind: SubjectKind }) {
  return (
    <Page
      actions={<NewPageLink kind={kind} />}
      title={subjectListLabels[kind].title}
      lede={<p>{subjectListLabels[kind].intro}</p>}
    >
      <SubjectList kind={kind} />
    </Page>
  );
}
