// Draws the state panel from its model: sections for containers, images, volumes and networks,
// each item a <details> whose summary is the card and whose body holds the details (so every
// item opens by click or keyboard, and reads as text). Redrawing keeps open items open and focus
// where it was; items that appeared or changed flash briefly.
import type { WorldView } from '../../simulator/index.ts';
import { h } from './dom.ts';
import { lifecycleDiagram } from './lifecycle-diagram.ts';
import { panelModel, type ContainerCard, type ImageCard, type NetworkRow, type VolumeRow } from './panel-model.ts';

function facts(rows: [string, string | string[]][]): HTMLElement {
  const shown = rows.filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== ''));
  return h('dl', { class: 'facts' }, shown.map(([k, v]) => [h('dt', {}, k), h('dd', {}, Array.isArray(v) ? v.join(', ') : v)]).flat());
}

function chips(label: string, items: string[]): HTMLElement | null {
  if (items.length === 0) return null;
  return h('span', { class: 'chips' }, h('span', { class: 'visually-hidden' }, `${label}: `), items.map((t) => h('span', { class: 'chip' }, t)));
}

function item(key: string, summary: HTMLElement[], body: (HTMLElement | null)[], extra: Record<string, string> = {}): HTMLElement {
  return h('li', { class: 'panel-item', 'data-key': key, ...extra }, h('details', {}, h('summary', {}, summary), h('div', { class: 'panel-item__body' }, body)));
}

function containerItem(c: ContainerCard): HTMLElement {
  return item(
    c.key,
    [
      h('span', { class: 'card-title' }, h('span', { class: 'state-dot', 'aria-hidden': 'true' }), h('strong', {}, c.name), ' ', h('span', { class: 'badge' }, c.statusText)),
      h('span', { class: 'card-line' }, h('span', { class: 'visually-hidden' }, 'image '), c.image, chips('ports', c.ports), chips('mounts', c.mounts), chips('networks', c.networks)),
    ],
    [
      facts([
        ['ID', c.short],
        ['Image', c.image],
        ['Command', c.command],
        ['State', c.statusText],
        ['Ports', c.ports],
        ['Mounts', c.mounts],
        ['Networks', c.networks],
      ]),
      lifecycleDiagram(c.status, c.name, c.short),
    ],
    { 'data-tone': c.tone, 'data-signature': c.signature },
  );
}

function layerList(image: ImageCard): HTMLElement {
  return h(
    'ol',
    { class: 'layers', 'aria-label': `Layers of ${image.names[0]}, top first` },
    image.layers.map((l) =>
      h(
        'li',
        { class: 'layer', 'data-share': l.share === undefined ? undefined : String(l.share) },
        h('code', {}, l.short),
        ` ${l.size}`,
        l.sharedWith.length > 0 ? h('span', { class: 'layer__shared' }, ` shared with ${l.sharedWith.join(', ')}`) : null,
      ),
    ),
  );
}

/** The stack as small bars (decoration; the summary text says it in words). */
function stackBars(image: ImageCard): HTMLElement {
  return h('span', { class: 'stack', 'aria-hidden': 'true' }, image.layers.map((l) => h('span', { class: 'stack__layer', 'data-share': l.share === undefined ? undefined : String(l.share) })));
}

function imageItem(i: ImageCard): HTMLElement {
  const shared = i.sharedCount > 0 ? `, ${i.sharedCount} shared` : '';
  return item(
    i.key,
    [
      h('span', { class: 'card-title' }, h('strong', {}, i.names.join(', '))),
      h('span', { class: 'card-line' }, `${i.layers.length === 1 ? '1 layer' : `${i.layers.length} layers`}${shared} · ${i.size}`, stackBars(i)),
    ],
    [facts([['ID', i.short], ['Created', i.created], ['Used by', i.usedBy]]), layerList(i)],
    { 'data-signature': JSON.stringify([i.names, i.usedBy]) },
  );
}

function volumeItem(v: VolumeRow): HTMLElement {
  return item(v.key, [h('span', { class: 'card-title' }, h('strong', {}, v.name)), h('span', { class: 'card-line' }, v.usedBy.length > 0 ? `used by ${v.usedBy.join(', ')}` : 'not in use')], [
    facts([['Driver', v.driver], ['Used by', v.usedBy]]),
  ]);
}

function networkItem(n: NetworkRow): HTMLElement {
  const line = n.containers.length > 0 ? `${n.driver} · ${n.containers.join(', ')}` : n.driver;
  return item(n.key, [h('span', { class: 'card-title' }, h('strong', {}, n.name)), h('span', { class: 'card-line' }, line)], [
    facts([['Driver', n.driver], ['Running containers', n.containers]]),
  ]);
}

function section(uid: string, kind: string, title: string, items: HTMLElement[], empty: string): HTMLElement {
  const id = `${uid}-${kind}`;
  return h(
    'section',
    { class: 'panel-section', 'aria-labelledby': id },
    h('h3', { id }, `${title} `, h('span', { class: 'count' }, `(${items.length})`)),
    items.length > 0 ? h('ul', { class: `panel-list panel-list--${kind}` }, items) : h('p', { class: 'panel-empty' }, empty),
  );
}

export interface PanelView {
  render(world: WorldView): void;
}

/** Mount the panel's renderer on the element holding `[data-panel-summary]` and `[data-panel-body]`. */
export function createPanelView(root: HTMLElement): PanelView {
  const summary = root.querySelector<HTMLElement>('[data-panel-summary]');
  const body = root.querySelector<HTMLElement>('[data-panel-body]');
  const open = new Set<string>();
  let seen: Map<string, string> | undefined;
  body?.addEventListener('toggle', (e) => {
    const li = (e.target as HTMLElement).closest<HTMLElement>('[data-key]');
    const key = li?.dataset.key;
    if (key) (e.target as HTMLDetailsElement).open ? open.add(key) : open.delete(key);
  }, true);

  return {
    render(world) {
      if (!summary || !body) return;
      const m = panelModel(world);
      const focusedKey = (document.activeElement?.closest('[data-key]') as HTMLElement | null)?.dataset.key;
      const hadFocus = body.contains(document.activeElement);
      summary.textContent = m.summary;
      const uid = root.id || 'panel';
      body.replaceChildren(
        section(uid, 'containers', 'Containers', m.containers.map(containerItem), 'No containers yet.'),
        section(uid, 'images', 'Images', m.images.map(imageItem), 'No images yet.'),
        section(uid, 'volumes', 'Volumes', m.volumes.map(volumeItem), 'No volumes.'),
        section(uid, 'networks', 'Networks', m.networks.map(networkItem), 'No networks.'),
      );
      const now = new Map<string, string>();
      for (const li of body.querySelectorAll<HTMLElement>('[data-key]')) {
        const key = li.dataset.key as string;
        const sig = li.dataset.signature ?? '';
        now.set(key, sig);
        if (open.has(key)) li.querySelector('details')?.setAttribute('open', '');
        if (seen && seen.get(key) !== sig) li.classList.add(seen.has(key) ? 'is-changed' : 'is-new');
        if (hadFocus && key === focusedKey) li.querySelector('summary')?.focus();
      }
      seen = now;
    },
  };
}
