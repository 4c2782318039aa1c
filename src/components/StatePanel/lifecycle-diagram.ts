// Docker's lifecycle diagram for one container, drawn as SVG with its current state lit. The
// drawing is decoration for sighted learners; its text alternative (lifecycle.ts) says the same,
// and the commands that move the container on are listed as text beside it.
import type { ContainerStatusName } from '../../simulator/index.ts';
import { h, svg } from './dom.ts';
import { describeLifecycle, nextSteps, stageOf, type Stage } from './lifecycle.ts';

const BOX = { w: 76, h: 26 };
const AT: Record<Stage, { x: number; y: number }> = {
  created: { x: 4, y: 8 },
  running: { x: 122, y: 8 },
  exited: { x: 240, y: 8 },
  paused: { x: 122, y: 78 },
  removed: { x: 240, y: 78 },
};

/** Arrows as [from, to, label, path]; paths run between box edges. */
const ARROWS: [Stage, Stage, string, string][] = [
  ['created', 'running', 'start', 'M80 21 H120'],
  ['running', 'exited', 'stop, kill', 'M198 17 H238'],
  ['exited', 'running', 'start', 'M238 27 H198'],
  ['running', 'paused', 'pause', 'M152 34 V76'],
  ['paused', 'running', 'unpause', 'M168 76 V34'],
  ['exited', 'removed', 'rm', 'M278 34 V76'],
];

function box(stage: Stage, current: Stage): SVGElement {
  const { x, y } = AT[stage];
  const g = svg('g', { class: `lc-state${stage === current ? ' lc-state--current' : ''}` });
  g.append(svg('rect', { x, y, width: BOX.w, height: BOX.h, rx: 6 }));
  g.append(svg('text', { x: x + BOX.w / 2, y: y + 17, 'text-anchor': 'middle' }, stage));
  return g;
}

function arrow([, , label, d]: (typeof ARROWS)[number], i: number, head: string): SVGElement {
  const g = svg('g', { class: 'lc-arrow' });
  g.append(svg('path', { d, 'marker-end': `url(#${head})` }));
  const m = /M(\d+) (\d+) ([HV])(\d+)/.exec(d);
  if (m) {
    const [x, y, axis, end] = [Number(m[1]), Number(m[2]), m[3], Number(m[4])];
    const lx = axis === 'H' ? (x + end) / 2 : x + (i === 3 ? -4 : 4);
    const ly = axis === 'H' ? y + (end < x ? 11 : -4) : (y + end) / 2 + 3;
    g.append(svg('text', { x: lx, y: ly, 'text-anchor': axis === 'H' ? 'middle' : i === 3 ? 'end' : 'start' }, label));
  }
  return g;
}

/** `id` makes the arrowhead's id unique on the page (several diagrams may be open). */
export function lifecycleDiagram(status: ContainerStatusName, name: string, id: string): HTMLElement {
  const current = stageOf(status);
  const head = `lc-head-${id}`;
  const drawing = svg('svg', { viewBox: '0 0 320 112', class: 'lc-diagram', 'aria-hidden': 'true', focusable: 'false' });
  const defs = svg('defs');
  const marker = svg('marker', { id: head, viewBox: '0 0 8 8', refX: 7, refY: 4, markerWidth: 6, markerHeight: 6, orient: 'auto' });
  marker.append(svg('path', { d: 'M0 0 L8 4 L0 8 z', class: 'lc-head' }));
  defs.append(marker);
  drawing.append(defs, ...ARROWS.map((a, i) => arrow(a, i, head)), ...(Object.keys(AT) as Stage[]).map((s) => box(s, current)));
  const steps = nextSteps(status, name);
  return h(
    'figure',
    { class: 'lc' },
    drawing,
    h('figcaption', { class: 'visually-hidden' }, describeLifecycle(status, name)),
    steps.length > 0 ? h('p', { class: 'lc__next', 'aria-hidden': 'true' }, 'From here: ', steps.map((s, i) => [i > 0 ? ', ' : '', h('code', {}, s)]).flat()) : null,
  );
}
