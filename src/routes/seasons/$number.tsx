// /seasons/$number: one season's page.
import { createFileRoute, Link, notFound } from '@tanstack/react-router';
import { NotFound } from '../../components/not-found';
import { entityRef } from '../../content/refs';
import { seasonQueryOptions } from '../../features/seasons/api/season-query';
import { SeasonPage } from '../../features/seasons/components/season-page';
import { ensurePageSections, PageSections } from '../-page-sections';
import { PageTools } from '../../features/bookmarks/components/page-tools';

export const Route = createFileRoute('/seasons/$number')({
  loader: async ({ context: { queryClient }, params }) => {
    const number = Number(params.number);
    // One way to write each number: "01" is not season 1.
    if (!/^(0|[1-9]\d*)$/.test(params.number)) throw notFound();
    const [detail] = await Promise.all([
      queryClient.ensureQueryData(seasonQueryOptions(number)),
      ensurePageSections(queryClient, entityRef('seasons', number)),
    ]);
    if (!detail) throw notFound();
  },
  component: function SeasonRoute() {
    const number = Number(Route.useParams().number);
    return (
      <SeasonPage number={number} actions={<PageTools about={entityRef('seasons', number)} />}>
        <PageSections about={entityRef('seasons', number)} />
      </SeasonPage>
    );
  },
  notFoundComponent: function UnknownSeason() {
    return <NotFound what="season" asked={Route.useParams().number} backTo={<Link to="/seasons">All seasons</Link>} />;
  },
});
