// A read-only view of a world snapshot for goal checks and the state panel: plain arrays of the
// few facts they need, read defensively (a snapshot from storage may be old or damaged), so
// neither the goals nor the UI depend on the engine's record layout. When the engine's records
// grow (networks per container, the writable layer), this file is the one place to follow.
import type { ContainerStatusName } from './goals.ts';

export interface ViewLayer {
  /** 'sha256:<64 hex>'; equal digests are the same layer, stored once and shared. */
  digest: string;
  /** Compressed (download) size in bytes. */
  size: number;
  /** Size on disk once unpacked, as `docker history` reports it. */
  unpacked: number;
}

export interface ViewImage {
  id: string;
  /** 'nginx:latest', 'my-nginx:v1'; empty for a dangling image. */
  repoTags: string[];
  /** Bottom (base) layer first, as Docker stacks them. */
  layers: ViewLayer[];
  /** RFC 3339, as the image's config says. */
  created: string;
}

export interface ViewPort {
  /** '80/tcp'. */
  containerPort: string;
  hostIp: string;
  hostPort: string;
}

export interface ViewMount {
  type: string;
  /** Volume name (volumes only). */
  name?: string;
  source: string;
  destination: string;
  readOnly: boolean;
}

export interface ViewContainer {
  id: string;
  name: string;
  /** Image id the container runs. */
  imageId: string;
  /** The image as the learner named it when creating the container. */
  imageRef: string;
  command: string;
  status: ContainerStatusName;
  exitCode: number;
  created: number;
  startedAt: number;
  finishedAt: number;
  autoRemove: boolean;
  ports: ViewPort[];
  mounts: ViewMount[];
  networks: string[];
  /** The writable layer's files by absolute path, when the snapshot carries them. */
  files: Record<string, string>;
}

export interface ViewVolume {
  name: string;
  driver: string;
  /** File contents by path inside the volume, when the snapshot carries them. */
  files: Record<string, string>;
}

export interface ViewNetwork {
  id: string;
  name: string;
  driver: string;
}

export interface WorldView {
  images: ViewImage[];
  containers: ViewContainer[];
  volumes: ViewVolume[];
  networks: ViewNetwork[];
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const num = (v: unknown, fallback = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const records = (v: unknown): Obj[] => (isObj(v) ? Object.values(v).filter(isObj) : []);

const STATUSES: readonly ContainerStatusName[] = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'];

function viewImage(r: Obj): ViewImage {
  const layers = Array.isArray(r.layers) ? r.layers.filter(isObj) : [];
  return {
    id: str(r.id),
    repoTags: strings(r.repoTags),
    layers: layers.map((l) => ({ digest: str(l.digest), size: num(l.size), unpacked: num(l.unpacked, num(l.size)) })),
    created: str(r.created),
  };
}

function viewPorts(hostConfig: Obj): ViewPort[] {
  const bindings = isObj(hostConfig.PortBindings) ? hostConfig.PortBindings : {};
  return Object.entries(bindings).flatMap(([containerPort, list]) =>
    (Array.isArray(list) ? list.filter(isObj) : []).map((b) => ({
      containerPort,
      hostIp: str(b.HostIp),
      hostPort: str(b.HostPort),
    })),
  );
}

function viewMounts(r: Obj): ViewMount[] {
  const mounts = Array.isArray(r.mounts) ? r.mounts.filter(isObj) : [];
  return mounts.map((m) => ({
    type: str(m.Type),
    name: typeof m.Name === 'string' ? m.Name : undefined,
    source: str(m.Source),
    destination: str(m.Destination),
    readOnly: m.RW === false,
  }));
}

/** Files of a writable layer kept as `{ '/path': { kind: 'file', data } }` (fs/union-store.ts). */
function layerFiles(upper: unknown): Record<string, string> {
  const files: Record<string, string> = {};
  if (!isObj(upper)) return files;
  for (const [path, entry] of Object.entries(upper)) {
    if (isObj(entry) && entry.kind === 'file' && typeof entry.data === 'string') files[path] = entry.data;
  }
  return files;
}

/** Files of a memory-fs tree `{ kind: 'dir', children: { name: node } }` (fs/memory-fs.ts). */
function treeFiles(tree: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (!isObj(tree) || !isObj(tree.children)) return out;
  for (const [name, node] of Object.entries(tree.children)) {
    const path = `${prefix}/${name}`;
    if (isObj(node) && node.kind === 'file' && typeof node.data === 'string') out[path] = node.data;
    else treeFiles(node, path, out);
  }
  return out;
}

function viewContainer(r: Obj): ViewContainer {
  const state = isObj(r.state) ? r.state : {};
  const hostConfig = isObj(r.hostConfig) ? r.hostConfig : {};
  const status = STATUSES.find((s) => s === state.status) ?? 'dead';
  const extra = isObj(r.networks) ? Object.keys(r.networks) : [];
  const mode = str(hostConfig.NetworkMode);
  return {
    id: str(r.id),
    name: str(r.name).replace(/^\//, ''),
    imageId: str(r.image),
    imageRef: str(r.imageRef),
    command: [str(r.path), ...strings(r.args)].filter(Boolean).join(' '),
    status,
    exitCode: num(state.exitCode),
    created: num(r.created),
    startedAt: num(state.startedAt),
    finishedAt: num(state.finishedAt),
    autoRemove: isObj(hostConfig) && hostConfig.AutoRemove === true,
    ports: viewPorts(hostConfig),
    mounts: viewMounts(r),
    networks: extra.length > 0 ? extra : mode && mode !== 'none' ? [mode === 'default' ? 'bridge' : mode] : [],
    files: layerFiles(r.upper),
  };
}

/** The world inside a snapshot (`{ version, world: {...}, session }`), or an empty world. */
export function viewWorld(snapshot: unknown): WorldView {
  const world = isObj(snapshot) && isObj(snapshot.world) ? snapshot.world : {};
  const byCreated = (a: { created: number }, b: { created: number }) => a.created - b.created;
  return {
    images: records(world.images).map(viewImage),
    containers: records(world.containers).map(viewContainer).sort(byCreated),
    volumes: records(world.volumes).map((v) => ({ name: str(v.name), driver: str(v.driver, 'local'), files: treeFiles(v.tree ?? v.root) })),
    networks: records(world.networks).map((n) => ({ id: str(n.id), name: str(n.name), driver: str(n.driver) })),
  };
}
