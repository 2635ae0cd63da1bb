/**
 * Who works with whom in a social space: organisations as nodes, joined when they met in the same
 * meeting during the last 12 months; laid out by d3-force and drawn as SVG. The density shown is
 * the one the computed indicator "Dichte der Netzwerke" uses (shared/domain/networkGraph.ts).
 */
import { Box, Typography } from '@mui/material';
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { useEffect, useMemo, useState } from 'react';
import { useDataProvider, useGetMany, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

type Graph = Awaited<ReturnType<AppDataProvider['networkGraph']>>;
type Node = SimulationNodeDatum & { id: string; meetings: number };
type Link = SimulationLinkDatum<Node> & { meetings: number };

const WIDTH = 640;
const HEIGHT = 420;

function layout(graph: Graph): { nodes: Node[]; links: Link[] } {
  const nodes: Node[] = graph.nodes.map((n) => ({ ...n }));
  const links: Link[] = graph.edges.map((e) => ({ source: e.source, target: e.target, meetings: e.meetings }));
  const sim = forceSimulation(nodes)
    .force('link', forceLink<Node, Link>(links).id((d) => d.id).distance(110))
    .force('charge', forceManyBody().strength(-320))
    .force('collide', forceCollide(34))
    .force('center', forceCenter(WIDTH / 2, HEIGHT / 2))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  for (const n of nodes) {
    n.x = Math.max(40, Math.min(WIDTH - 40, n.x ?? 0));
    n.y = Math.max(24, Math.min(HEIGHT - 24, n.y ?? 0));
  }
  return { nodes, links };
}

export function NetworkGraph() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [graph, setGraph] = useState<Graph>();
  useEffect(() => {
    if (record?.id) dataProvider.networkGraph(String(record.id)).then(setGraph).catch(() => setGraph(undefined));
  }, [record?.id, dataProvider]);
  const { data: orgs = [] } = useGetMany('organisations', { ids: graph?.nodes.map((n) => n.id) ?? [] }, { enabled: !!graph?.nodes.length });
  const drawn = useMemo(() => (graph ? layout(graph) : undefined), [graph]);
  if (!graph || !drawn) return null;
  const name = new Map(orgs.map((o: any) => [o.id, o.name as string]));
  const summary = translate('app.graph.summary', {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    density: graph.density === null ? '–' : graph.density.toLocaleString('de-DE'),
    from: graph.from,
    until: graph.until,
  });
  return (
    <Box data-testid="network-graph" data-density={graph.density ?? ''}>
      <Typography variant="subtitle2" component="h3">{translate('app.graph.title')}</Typography>
      <Typography variant="body2">{summary}</Typography>
      {graph.nodes.length ? (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH }} role="img" aria-label={summary}>
          {drawn.links.map((l, i) => {
            const s = l.source as Node;
            const t = l.target as Node;
            return <line key={i} x1={s.x} y1={s.y} x2={t.x} y2={t.y} stroke="#90a4ae" strokeWidth={Math.min(6, 1 + l.meetings / 2)} data-testid="graph-edge" />;
          })}
          {drawn.nodes.map((n) => (
            <g key={n.id} transform={`translate(${n.x},${n.y})`} data-testid="graph-node">
              <circle r={8 + Math.min(12, n.meetings)} fill="#1565c0" />
              <text y={-14 - Math.min(12, n.meetings)} textAnchor="middle" fontSize={12} fill="#212121">{(name.get(n.id) ?? n.id).slice(0, 32)}</text>
              <title>{translate('app.graph.node', { name: name.get(n.id) ?? n.id, meetings: n.meetings })}</title>
            </g>
          ))}
        </svg>
      ) : null}
    </Box>
  );
}
