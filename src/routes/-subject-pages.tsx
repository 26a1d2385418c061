// The loader and components shared by the three subject routes (/series/$slug, /topics/$slug, /places/$slug).
import type { QueryClient } from '@tanstack/react-query';
import { Link, notFound } from '@tanstack/react-router';
import { NotFound } from '../components/not-found';
import { entityRef } from '../content/refs';
import type { SubjectKind } from '../features/subjects/api/subject-kinds';
import { subjectLabels } from '../features/subjects/api/subject-kinds';
import { subjectQueryOptions } from '../features/subjects/api/subject-query';
import { subjectsQueryOptions } from '../features/subjects/api/subjects-query';
import { SubjectList } from '../features/subjects/components/subject-list';
import { SubjectPage } from '../features/subjects/components/subject-page';
import { Page } from '../components/page';
import { ensurePageSections, PageSections } from './-page-sections';
import { PageTools } from '../features/bookmarks/components/page-tools';
import { redirectFormerSlug } from './-former-slug';

type LoaderArgs = { context: { queryClient: QueryClient }; params: { slug: string } };

export function subjectLoader(kind: SubjectKind) {
  return async ({ context: { queryClient }, params: { slug } }: LoaderArgs) => {
    const [subject] = await Promise.all([
      queryClient.ensureQueryData(subjectQueryOptions(kind, slug)),
      ensurePageSections(queryClient, entityRef(kind, slug)),
    ]);
    if (!subject) {
      await redirectFormerSlug(queryClient, kind, slug);
      throw notFound();
    }
  };
}

export function subjectListLoader(kind: SubjectKind) {
  return ({ context: { queryClient } }: Pick<LoaderArgs, 'context'>) => queryClient.ensureQueryData(subjectsQueryOptions(kind));
}

export function SubjectRoutePage({ kind, slug }: { kind: SubjectKind; slug: string }) {
  return (
    <SubjectPage kind={kind} slug={slug} actions={<PageTools about={entityRef(kind, slug)} />}>
      <PageSections about={entityRef(kind, slug)} />
    </SubjectPage>
  );
}

export function SubjectListPage({ kind }: { kind: SubjectKind }) {
  return (
    <Page title={subjectLabels[kind].plural} lede={<p>{subjectLabels[kind].intro}</p>}>
      <SubjectList kind={kind} />
    </Page>
  );
}

export function UnknownSubject({ kind, slug }: { kind: SubjectKind; slug: string }) {
  const what = subjectLabels[kind].singular.toLowerCase();
  const backTo = {
    series: <Link to="/series">All series</Link>,
    topics: <Link to="/topics">All topics</Link>,
    places: <Link to="/places">All places</Link>,
  }[kind];
  return <NotFound what={what} asked={slug} backTo={backTo} />;
}
