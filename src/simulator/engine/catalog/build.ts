// Small constructors that keep the catalog's data files compact: layers from hex digests,
// history from the `created_by` texts (which steps made no layer follows from the instruction,
// as BuildKit records it), configs from lists, and images stacked on shared base images.
import { sha256Hex } from '../../util/sha256.ts';
import type { CatalogImage, CatalogLayer, HistoryEntry, ImageConfig, OsInfo, StartupFacts } from './types.ts';

/** The default PATH BuildKit and the distribution images set. */
export const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const HEX64 = /^[0-9a-f]{64}$/;

/** Unpacked size where only the compressed one is known: 2.3-3x, varied by the digest. */
function estimateUnpacked(hex: string, size: number): number {
  if (size <= 32) return 0;
  const ratio = size > 1_000_000 ? 2.55 : size > 100_000 ? 2.4 : 2.9;
  const jitter = (parseInt(hex.slice(0, 4), 16) / 65535 - 0.5) * 0.16;
  return Math.floor(size * (ratio + jitter));
}

/**
 * A compressed layer blob: its digest, compressed size and unpacked size in bytes. `id` is either
 * the real 64-hex digest (layers measured on Docker Hub) or, for layers we only estimate, a short
 * name such as 'nginx:stable:0' whose SHA-256 is the digest: fixed and deterministic, but far
 * smaller to ship than 64 random hex digits. Without `unpacked` it is estimated from the size.
 */
export function L(id: string, size: number, unpacked?: number): CatalogLayer {
  const hex = HEX64.test(id) ? id : sha256Hex(id);
  return { digest: `sha256:${hex}`, size, unpacked: unpacked ?? estimateUnpacked(hex, size) };
}

/** A layer list where a bare number is an estimated layer of that size named `${seed}:${index}`. */
function layersOf(items: Array<CatalogLayer | number>, seed: string | undefined): CatalogLayer[] {
  return items.map((x, i) => (typeof x === 'number' ? L(`${seed}:${i}`, x) : x));
}

/** The gzip of an empty tar (32 bytes): what a WORKDIR of an existing directory commits. */
export const EMPTY_LAYER = L('4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1', 32, 0);

// Instructions that only change the config. Classic-builder images record them as
// `/bin/sh -c #(nop)  CMD [...]`, umoci-built ones as `umoci config ...`.
const NO_LAYER =
  /^(?:\/bin\/sh -c #\(nop\) +)?(?:ENV|CMD|ENTRYPOINT|EXPOSE|LABEL|STOPSIGNAL|USER|VOLUME|ARG|HEALTHCHECK|SHELL|ONBUILD|MAINTAINER)\b|^umoci config /;
const BUILDKIT = /^(?:RUN|COPY|ADD|WORKDIR|ENV|CMD|ENTRYPOINT|EXPOSE|LABEL|STOPSIGNAL|USER|VOLUME|ARG|HEALTHCHECK|SHELL|ONBUILD)\b/;

/** One history entry from its `created_by` text. */
export function step(createdBy: string): HistoryEntry {
  const entry: HistoryEntry = { created_by: createdBy };
  if (NO_LAYER.test(createdBy)) entry.empty_layer = true;
  if (createdBy.startsWith('# debian.sh')) entry.comment = 'debuerreotype 0.16';
  else if (BUILDKIT.test(createdBy)) entry.comment = 'buildkit.dockerfile.v0';
  return entry;
}

/** An image's layers and history, as the next image's FROM sees them. */
export interface Base {
  layers: CatalogLayer[];
  history: HistoryEntry[];
}

export const SCRATCH: Base = { layers: [], history: [] };

/** A base with more layers and steps on top (an intermediate image such as buildpack-deps). */
export function derive(base: Base, layers: Array<CatalogLayer | number>, history: string[], seed?: string): Base {
  return { layers: [...base.layers, ...layersOf(layers, seed)], history: [...base.history, ...history.map(step)] };
}

export interface ConfigSpec {
  Env: string[];
  Cmd?: string[] | null;
  Entrypoint?: string[] | null;
  ExposedPorts?: string[];
  Volumes?: string[];
  WorkingDir?: string;
  User?: string;
  Labels?: Record<string, string>;
  StopSignal?: string;
}

// Go marshals map keys sorted, so `docker inspect` lists ports, volumes and labels in byte order.
function portMap(list: string[] | undefined): Record<string, Record<string, never>> | null {
  if (!list || list.length === 0) return null;
  return Object.fromEntries([...list].sort().map((k) => [k, {}]));
}

function sortedLabels(labels: Record<string, string> | undefined): Record<string, string> | null {
  if (!labels) return null;
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The inspect shape: lists become `{}` maps, empty ones null; Labels null when none. */
export function config(c: ConfigSpec): ImageConfig {
  const out: ImageConfig = {
    User: c.User ?? '',
    ExposedPorts: portMap(c.ExposedPorts),
    Env: c.Env,
    Entrypoint: c.Entrypoint ?? null,
    Cmd: c.Cmd ?? null,
    Volumes: portMap(c.Volumes),
    WorkingDir: c.WorkingDir ?? '',
    Labels: sortedLabels(c.Labels),
  };
  if (c.StopSignal) out.StopSignal = c.StopSignal;
  return out;
}

export interface ImageSpec {
  tags: string[];
  created: string;
  base: Base;
  /** Names this image's estimated layers: a bare size at index i is the layer `${seed}:${i}`. */
  seed?: string;
  /** This image's own layers, on top of the base's. */
  layers: Array<CatalogLayer | number>;
  /** This image's own steps (`created_by` texts), on top of the base's. */
  history: string[];
  config: ConfigSpec;
  os: OsInfo;
  startup: StartupFacts;
  frozen?: boolean;
}

/** One LABEL step's labels: `LABEL k=v k2=v2` as BuildKit records it, or the classic builder's quoted `"k"="v"`. */
function stepLabels(createdBy: string): Array<[string, string]> {
  const m = /^(?:\/bin\/sh -c #\(nop\) +)?LABEL (.*)$/s.exec(createdBy);
  if (!m) return [];
  const quoted = [...m[1].matchAll(/"([^"]*)"="([^"]*)"/g)].map((q): [string, string] => [q[1], q[2]]);
  if (quoted.length > 0) return quoted;
  return m[1].split(/\s+(?=[A-Za-z][\w.-]*=)/).map((kv): [string, string] => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]);
}

/** The labels an image inherits and sets: every LABEL step of its history, then the data's own (which win). */
function imageLabels(history: HistoryEntry[], own: Record<string, string> | undefined): Record<string, string> | undefined {
  const labels: Record<string, string> = Object.fromEntries(history.flatMap((h) => stepLabels(h.created_by)));
  Object.assign(labels, own);
  return Object.keys(labels).length > 0 ? labels : undefined;
}

export function image(s: ImageSpec): CatalogImage {
  const history = [...s.base.history, ...s.history.map(step)];
  const out: CatalogImage = {
    tags: s.tags,
    created: s.created,
    architecture: 'amd64',
    os: 'linux',
    layers: [...s.base.layers, ...layersOf(s.layers, s.seed)],
    config: config({ ...s.config, Labels: imageLabels(history, s.config.Labels) }),
    history,
    osInfo: s.os,
    startup: s.startup,
  };
  if (s.frozen) out.frozen = true;
  return out;
}

/** `from`'s own steps (above its base's `baseSteps`) with one version replaced by another: an older release of the same Dockerfile. */
export function ownSteps(from: CatalogImage, baseSteps: number, was: string, now: string): string[] {
  return from.history.slice(baseSteps).map((h) => h.created_by.split(was).join(now));
}

/** What differs in an older release of `from` (same Dockerfile): its version, tags, date, base and sizes. */
export interface OlderSpec {
  from: CatalogImage;
  /** How many history entries of `from` are its base's (the rest are replayed). */
  baseSteps: number;
  was: string;
  version: string;
  tags: string[];
  created: string;
  base: Base;
  seed: string;
  layers: Array<CatalogLayer | number>;
  os: OsInfo;
}

/** An older release of the same image: its steps, config and start-up lines carry the other version. Frozen. */
export function olderRelease(s: OlderSpec): CatalogImage {
  const sub = (t: string) => t.split(s.was).join(s.version);
  const cfg = s.from.config;
  const labels = cfg.Labels ? Object.fromEntries(Object.entries(cfg.Labels).map(([k, v]) => [k, sub(v)])) : undefined;
  return image({
    tags: s.tags,
    created: s.created,
    base: s.base,
    seed: s.seed,
    layers: s.layers,
    history: ownSteps(s.from, s.baseSteps, s.was, s.version),
    config: { Env: cfg.Env.map(sub), Entrypoint: cfg.Entrypoint, Cmd: cfg.Cmd, ExposedPorts: Object.keys(cfg.ExposedPorts ?? {}), Volumes: Object.keys(cfg.Volumes ?? {}), WorkingDir: cfg.WorkingDir, User: cfg.User, Labels: labels, StopSignal: cfg.StopSignal },
    os: s.os,
    startup: { ...s.from.startup, logLines: s.from.startup.logLines.map(sub) },
    frozen: true,
  });
}

/** The image as a base for another (same layers and history). */
export function asBase(im: CatalogImage): Base {
  return { layers: im.layers, history: im.history };
}

// Operating systems, from /etc/os-release and the image's packages.

const DEBIAN_CODENAMES: Record<string, string> = { '11': 'bullseye', '12': 'bookworm', '13': 'trixie' };

export function debianOs(version: '11' | '12' | '13', tools: string[]): OsInfo {
  const name = DEBIAN_CODENAMES[version];
  return { family: 'debian', prettyName: `Debian GNU/Linux ${version} (${name})`, versionId: version, shell: '/bin/bash', tools };
}

export function ubuntuOs(versionId: string, pretty: string, tools: string[]): OsInfo {
  return { family: 'ubuntu', prettyName: pretty, versionId, shell: '/bin/bash', tools };
}

/** Alpine's /bin/sh is BusyBox ash; wget, ps, vi, nc ... are BusyBox applets. */
export const ALPINE_APPLETS = ['wget', 'ps', 'vi', 'nc', 'ping', 'top', 'less', 'ip', 'apk'];

export function alpineOs(versionId: string | null, extra: string[] = [], shell = '/bin/sh'): OsInfo {
  const minor = versionId ? versionId.split('.').slice(0, 2).join('.') : null;
  return {
    family: 'alpine',
    prettyName: minor ? `Alpine Linux v${minor}` : 'Alpine Linux edge',
    versionId,
    shell,
    tools: [...ALPINE_APPLETS, ...extra],
  };
}

export function os(family: string, prettyName: string | null, versionId: string | null, shell: string | null, tools: string[]): OsInfo {
  return { family, prettyName, versionId, shell, tools };
}

// Start-up facts.

/** A program that does its work and exits (a shell, a compiler, a REPL without -it). */
export function oneShot(exitBehaviour = 'exits at once unless run with -it'): StartupFacts {
  return { listensOn: [], dataDir: null, requiredEnv: [], missingEnvError: null, logLines: [], exitBehaviour };
}

export function server(f: Partial<StartupFacts> & { listensOn: string[]; logLines: string[] }): StartupFacts {
  return {
    dataDir: null,
    requiredEnv: [],
    missingEnvError: null,
    exitBehaviour: 'runs in the foreground until stopped',
    ...f,
  };
}
