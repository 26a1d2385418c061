// The "Relationship map" section as pages place it: hidden when there is nothing to draw (no relationships, none
// hidden by the spoiler shield), else the map, deferred until its place nears the screen.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Section } from '../../../components/page';
import { useSpoilerLevel } from '../../../components/spoiler-shield';
import { relationshipGraphQueryOptions } from '../api/relationship-graph-query';
import { DeferredRelationshipMap } from './deferred-relationship-map';

export function RelationshipMapSection({ focus }: { focus?: string }) {
  const { data: graph } = useSuspenseQuery(relationshipGraphQueryOptions({ spoilerLevel: useSpoilerLevel(), focus }));
  return (
    <Section title="Relationship map" isEmpty={graph.edges.length === 0 && graph.hidden === 0}>
      <DeferredRelationshipMap focus={focus} />
    </Section>
  );
}
