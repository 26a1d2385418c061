// The relationship map: characters as linked nodes and their relationships as labelled, kind-coloured lines, SVG drawn
// by React once the layout (worked out off the main thread) is ready, with the same relationships as a list.
import './map-placeholder.css';
import './relationship-map.css';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Suspense, useCallback, useState } from 'react';
import { Cite } from '../../../components/citations';
import { SpoilerBadge, useSpoilerLevel } from '../../../components/spoiler-shield';
import { relationshipKindLabels } from '../../../content/labels';
import { edgeLabel, labelCentre, labelMetrics, nodeLabel, type PlacedEdge, type PlacedNode } from '../api/layout-graph';
import {
  relationshipGraphQueryOptions,
  type GraphScope,
  type RelationshipGraph,
} from '../api/relationship-graph-query';
import { relationshipLayoutQueryOptions, type MapFrame } from '../api/relationship-layout-query';

export type RelationshipMapProps = {
  /** A character's slug: show only its relationships, with it at the centre. */
  focus?: string;
  /** Leave out relationships revealing a season above this one (default: the fan's spoiler level). */
  spoilerLevel?: number;
};

const { lineHeight } = labelMetrics;

export function RelationshipMap({ focus, spoilerLevel: chosenLevel }: RelationshipMapProps) {
  const fanLevel = useSpoilerLevel();
  const scope = { spoilerLevel: chosenLevel ?? fanLevel, focus };
  const { data } = useSuspenseQuery(relationshipGraphQueryOptions(scope));
  const [frame, measure] = useFrame();

  const hiddenNote = data.hidden > 0 ? <p className="relationship-map-note muted">{hiddenText(data.hidden)}</p> : null;
  if (data.edges.length === 0) {
    return (
      <div className="relationship-map">
        <p className="muted">No relationships to show.</p>
        {hiddenNote}
      </div>
    );
  }

  const names = new Map(data.nodes.map((node) => [node.slug, node.name]));
  const kinds = [...new Set(data.edges.map((edge) => edge.kind))];
  const placeholder = (
    <div
      className="relationship-map-placeholder"
      // Until the map is measured its stylesheet's ratio holds: a style attribute in prerendered HTML breaks the CSP.
      style={frame ? { aspectRatio: `${frame.width} / ${frame.height}` } : undefined}
    />
  );
  return (
    <div ref={measure} className="relationship-map">
      {data.omitted.characters > 0 ? (
        <p className="relationship-map-note">
          {omittedText(
            data.nodes.length,
            data.nodes.length + data.omitted.characters,
            focus === undefined ? undefined : names.get(focus),
          )}
        </p>
      ) : null}
      {/* The drawing waits for its layout (worked out off the main thread); the list below doesn't. */}
      {frame ? (
        <Suspense fallback={placeholder}>
          <MapDrawing scope={scope} frame={frame} graph={data} />
        </Suspense>
      ) : (
        placeholder
      )}
      <ul className="relationship-map-legend" aria-label="Line colours">
        {kinds.map((kind) => (
          <li key={kind} className={`kind-${kind}`}>
            {relationshipKindLabels[kind]}
          </li>
        ))}
      </ul>
      <ul className="relationship-map-list" aria-label="Relationships on the map">
        {data.edges.map((relationship) => (
          <li key={relationship.id} className={`kind-${relationship.kind}`}>
            <SpoilerBadge season={relationship.spoils} />
            <Link to="/characters/$slug" params={{ slug: relationship.from }}>
              {names.get(relationship.from)}
            </Link>
            {` — ${relationship.label} — `}
            <Link to="/characters/$slug" params={{ slug: relationship.to }}>
              {names.get(relationship.to)}
            </Link>
            <Cite sources={relationship.sources} />
          </li>
        ))}
      </ul>
      {hiddenNote}
    </div>
  );
}

type MapDrawingProps = { scope: GraphScope; frame: MapFrame; graph: RelationshipGraph };

/**
 * The SVG: characters as linked dots, relationships as labelled lines; hovering or focusing a character lights its
 * relationships.
 */
function MapDrawing({ scope, frame, graph }: MapDrawingProps) {
  const { data: layout } = useSuspenseQuery(relationshipLayoutQueryOptions(scope, frame, graph));
  const [hovered, setActive] = useState<string | null>(null);
  // The hovered or focused character, unless a new spoiler level or focus took it off the map.
  const active = layout.nodes.some((node) => node.slug === hovered) ? hovered : null;
  const touches = (edge: PlacedEdge) => active !== null && (edge.source.slug === active || edge.target.slug === active);
  const lit = new Set(layout.edges.filter(touches).flatMap((edge) => [edge.source.slug, edge.target.slug]));
  const edgeState = (edge: PlacedEdge) => (active === null ? '' : touches(edge) ? ' is-lit' : ' is-dimmed');
  return (
    <svg
      className="relationship-map-drawing"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={`Map of ${count(layout.nodes.length, 'character')} and ${count(layout.edges.length, 'relationship')}; the list after it gives the same.`}
    >
      <g aria-hidden="true">
        {layout.edges.map((edge) => (
          <path
            key={edge.relationship.id}
            className={`relationship-map-edge kind-${edge.relationship.kind}${edgeState(edge)}`}
            d={`M${edge.source.x} ${edge.source.y} Q${edge.control.x} ${edge.control.y} ${edge.target.x} ${edge.target.y}`}
          />
        ))}
        {layout.edges.map((edge) => {
          const { lines, width } = edgeLabel(edge.relationship.label);
          const x = labelCentre(edge.mid.x, width, layout.width);
          return (
            <text
              key={edge.relationship.id}
              className={`relationship-map-edge-label kind-${edge.relationship.kind}${edgeState(edge)}`}
              x={x}
              y={edge.mid.y - ((lines.length - 1) * lineHeight) / 2}
            >
              {lines.map((line, index) => (
                <tspan key={index} x={x} dy={index === 0 ? '0.35em' : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
      {layout.nodes.map((node) => (
        <MapNode
          key={node.slug}
          node={node}
          isFocus={node.slug === scope.focus}
          state={active === null ? '' : lit.has(node.slug) || node.slug === active ? ' is-lit' : ' is-dimmed'}
          box={layout}
          onActive={(isActive) =>
            setActive((current) => (isActive ? node.slug : current === node.slug ? null : current))
          }
        />
      ))}
    </svg>
  );
}

type MapNodeProps = {
  node: PlacedNode;
  isFocus: boolean;
  state: string;
  box: { width: number; height: number };
  onActive: (isActive: boolean) => void;
};

/**
 * One character: a link (reachable by keyboard) holding its dot and name; hovering or focusing it lights its
 * relationships.
 */
function MapNode({ node, isFocus, state, box, onActive }: MapNodeProps) {
  const radius = isFocus ? labelMetrics.node.focusRadius : labelMetrics.node.radius;
  const { lines, width, height } = nodeLabel(node.name);
  const x = labelCentre(node.x, width, box.width);
  // The name goes under the dot (its first baseline about 0.8 of a line below the top), or over it when there is no
  // room below.
  const gap = radius + labelMetrics.node.gap;
  const top = node.y + gap + height <= box.height ? node.y + gap : node.y - gap - height;
  const baseline = top + 0.8 * lineHeight;
  return (
    <Link
      to="/characters/$slug"
      params={{ slug: node.slug }}
      className={`relationship-map-node${isFocus ? ' is-focus' : ''}${state}`}
      // The name as one phrase: the label's lines are separate tspans with no space between them.
      aria-label={node.name}
      onMouseEnter={() => onActive(true)}
      onMouseLeave={() => onActive(false)}
      onFocus={() => onActive(true)}
      onBlur={() => onActive(false)}
    >
      <circle className="relationship-map-node-ring" cx={node.x} cy={node.y} r={radius + 5} />
      <circle className="relationship-map-node-dot" cx={node.x} cy={node.y} r={radius} />
      <text className="relationship-map-node-label" x={x} y={baseline}>
        {lines.map((line, index) => (
          <tspan key={index} x={x} dy={index === 0 ? 0 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </Link>
  );
}

/**
 * The viewBox width for the width the map is drawn at: about the same (in steps of 40, so resizing rarely lays it out
 * again), so that a label's font size in viewBox units is close to CSS pixels from a 360 px phone to a desktop.
 */
function frameWidth(drawnWidth: number): number {
  return Math.min(960, Math.max(320, Math.floor(drawnWidth / 40) * 40));
}

/** The box to lay out in: taller than wide on phones, wider than tall elsewhere. */
function frameFor(width: number): MapFrame {
  return { width, height: Math.round(width < 560 ? width * 1.3 : width * 0.6) };
}

/** The box to lay out in, from the map's drawn width: unknown until the map is in the page, then followed on resize. */
function useFrame(): [MapFrame | undefined, (element: HTMLElement | null) => (() => void) | undefined] {
  const [width, setWidth] = useState<number>();
  const measure = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    if (typeof ResizeObserver === 'undefined') {
      setWidth(frameWidth(element.getBoundingClientRect().width));
      return undefined;
    }
    // The observer's first report comes after the browser's own layout, so measuring forces no extra one while the page
    // renders.
    const observer = new ResizeObserver(([entry]) => setWidth(frameWidth(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [width === undefined ? undefined : frameFor(width), measure];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Why the map leaves characters out; `focusName` on a character's page (the total and shown counts include the focus).
 */
function omittedText(shown: number, total: number, focusName?: string): string {
  return focusName !== undefined
    ? `${focusName} has relationships with ${(total - 1).toLocaleString('en')} characters, too many to draw at once: the map shows the ${shown - 1} with the most relationships with them. The Relationships section lists every one.`
    : `${total.toLocaleString('en')} characters have relationships, too many to draw at once: the map shows ${shown}, the most connected and those closest to them. Every character’s page maps all of theirs.`;
}

function hiddenText(hidden: number): string {
  return `${count(hidden, 'relationship')} hidden: ${hidden === 1 ? 'it reveals' : 'they reveal'} a later season.`;
}
