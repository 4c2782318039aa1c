// What the state panel shows, computed from a world view: images as layer stacks (a layer found in
// several images marked shared, with the same colour everywhere), containers as cards by state
// with their ports, mounts and networks, volumes and networks with what uses them. Pure: the
// renderer (render-panel.ts) turns it into DOM, tests check it as data.
import type { ContainerStatusName, ViewContainer, WorldView } from '../../simulator/index.ts';

export interface LayerRow {
  digest: string;
  /** The 12 hex digits Docker prints. */
  short: string;
  /** Unpacked size, as `docker history` shows it. */
  size: string;
  /** Other images that have this very layer. */
  sharedWith: string[];
  /** Colour slot of a shared layer (the same in every image), else undefined. */
  share?: number;
}

export interface ImageCard {
  key: string;
  short: string;
  /** 'nginx:latest'; '<none>:<none>' for a dangling image. */
  names: string[];
  /** Unpacked size of all its layers (shared ones included). */
  size: string;
  /** Top layer first, as `docker history` lists them. */
  layers: LayerRow[];
  sharedCount: number;
  usedBy: string[];
  created: string;
}

export type Tone = 'running' | 'paused' | 'exited' | 'created' | 'other';

export interface ContainerCard {
  key: string;
  name: string;
  short: string;
  image: string;
  command: string;
  status: ContainerStatusName;
  /** 'Running', 'Exited (137)', 'Created'. */
  statusText: string;
  tone: Tone;
  exitCode: number;
  ports: string[];
  mounts: string[];
  networks: string[];
  /** What changed visibly: the renderer flashes a card whose signature changed. */
  signature: string;
}

export interface VolumeRow {
  key: string;
  name: string;
  driver: string;
  usedBy: string[];
}

export interface NetworkRow {
  key: string;
  name: string;
  driver: string;
  containers: string[];
}

export interface PanelModel {
  summary: string;
  containers: ContainerCard[];
  images: ImageCard[];
  volumes: VolumeRow[];
  networks: NetworkRow[];
}

/** Sizes as Docker prints them: decimal units, three significant digits ('187MB', '4.12kB'). */
export function formatSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = Math.max(0, bytes);
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${Number(v.toPrecision(3))}${units[i]}`;
}

const shortId = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function tone(status: ContainerStatusName): Tone {
  if (status === 'running' || status === 'restarting') return 'running';
  if (status === 'paused' || status === 'exited' || status === 'created') return status;
  return 'other';
}

function statusText(c: ViewContainer): string {
  const word = c.status.charAt(0).toUpperCase() + c.status.slice(1);
  return c.status === 'exited' ? `Exited (${c.exitCode})` : word;
}

function containerCard(c: ViewContainer): ContainerCard {
  const ports = c.ports.map((p) => `${p.hostIp && p.hostIp !== '0.0.0.0' ? `${p.hostIp}:` : ''}${p.hostPort} → ${p.containerPort}`);
  const mounts = c.mounts.map((m) => `${m.type === 'volume' ? `volume ${m.name ?? '?'}` : m.source} → ${m.destination}${m.readOnly ? ' (read-only)' : ''}`);
  const card = {
    key: c.id,
    name: c.name,
    short: shortId(c.id),
    image: c.imageRef,
    command: c.command,
    status: c.status,
    statusText: statusText(c),
    tone: tone(c.status),
    exitCode: c.exitCode,
    ports,
    mounts,
    networks: c.networks,
  };
  return { ...card, signature: JSON.stringify([card.statusText, ports, mounts, c.networks]) };
}

function imageCards(world: WorldView): ImageCard[] {
  const nameOf = (i: WorldView['images'][number]) => i.repoTags[0] ?? `<none> (${shortId(i.id)})`;
  const holders = new Map<string, string[]>();
  for (const image of world.images) {
    for (const l of image.layers) holders.set(l.digest, [...(holders.get(l.digest) ?? []), nameOf(image)]);
  }
  const shareSlots = new Map<string, number>();
  return world.images.map((image) => {
    const layers = [...image.layers].reverse().map((l): LayerRow => {
      const sharedWith = (holders.get(l.digest) ?? []).filter((n) => n !== nameOf(image));
      if (sharedWith.length > 0 && !shareSlots.has(l.digest)) shareSlots.set(l.digest, shareSlots.size % 6);
      return { digest: l.digest, short: shortId(l.digest), size: formatSize(l.unpacked), sharedWith, share: shareSlots.get(l.digest) };
    });
    return {
      key: image.id,
      short: shortId(image.id),
      names: image.repoTags.length > 0 ? image.repoTags : ['<none>:<none>'],
      size: formatSize(image.layers.reduce((n, l) => n + l.unpacked, 0)),
      layers,
      sharedCount: layers.filter((l) => l.sharedWith.length > 0).length,
      usedBy: world.containers.filter((c) => c.imageId === image.id).map((c) => c.name),
      created: image.created,
    };
  });
}

function summary(world: WorldView): string {
  const running = world.containers.filter((c) => c.status === 'running').length;
  const containers = plural(world.containers.length, 'container');
  const parts = [plural(world.images.length, 'image'), world.containers.length > 0 ? `${containers} (${running} running)` : containers];
  if (world.volumes.length > 0) parts.push(plural(world.volumes.length, 'volume'));
  return parts.join(', ');
}

export function panelModel(world: WorldView): PanelModel {
  return {
    summary: summary(world),
    containers: [...world.containers].reverse().map(containerCard),
    images: imageCards(world),
    volumes: world.volumes.map((v) => ({
      key: v.name,
      name: v.name,
      driver: v.driver,
      usedBy: world.containers.filter((c) => c.mounts.some((m) => m.name === v.name)).map((c) => c.name),
    })),
    networks: world.networks.map((n) => ({
      key: n.id,
      name: n.name,
      driver: n.driver,
      containers: world.containers.filter((c) => c.status === 'running' && c.networks.includes(n.name)).map((c) => c.name),
    })),
  };
}
