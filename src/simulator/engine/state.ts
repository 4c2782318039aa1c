// The daemon's state as plain JSON records (no class instances), so snapshot, restore, the state
// panel and goal checks need no translation. Times are milliseconds on the simulated clock.
import type { HistoryEntry, ImageConfig } from './catalog/types.ts';
import type { RngState } from '../util/rng.ts';

export const WORLD_VERSION = 1;

export interface LayerRef {
  /** Compressed blob digest (`sha256:...`); shared base layers have the same digest everywhere. */
  digest: string;
  size: number;
  unpacked: number;
}

export interface ImageRecord {
  /** `sha256:<64 hex>`; with the containerd image store this is the manifest digest. */
  id: string;
  /** Familiar references: 'nginx:latest', 'localhost:5000/app:v1'. */
  repoTags: string[];
  /** 'nginx@sha256:...' for images pulled from or pushed to a registry. */
  repoDigests: string[];
  /** RFC 3339. */
  created: string;
  layers: LayerRef[];
  config: ImageConfig;
  history: HistoryEntry[];
  /** The catalog image this one is (or is built on): program facts, OS, content. */
  source?: { repo: string; tag: string };
  comment?: string;
  author?: string;
  /** When it arrived on this daemon (pull, build, commit, tag of a new image). */
  addedAt: number;
  /**
   * When each name (a repoTags entry, or '' for the dangling name) was created in the
   * containerd image store: `until` filters and inspect's Metadata.LastTagTime read it.
   */
  tagTimes?: Record<string, number>;
}

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface ContainerState {
  status: ContainerStatus;
  pid: number;
  exitCode: number;
  error: string;
  oomKilled: boolean;
  /** 0 when never started. */
  startedAt: number;
  /** 0 when never finished. */
  finishedAt: number;
  health?: { status: 'starting' | 'healthy' | 'unhealthy'; failingStreak: number };
}

export interface LogEntry {
  t: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ContainerConfig {
  Hostname: string;
  User: string;
  Tty: boolean;
  OpenStdin: boolean;
  AttachStdin: boolean;
  AttachStdout: boolean;
  AttachStderr: boolean;
  Env: string[];
  Cmd: string[] | null;
  Entrypoint: string[] | null;
  Image: string;
  WorkingDir: string;
  Labels: Record<string, string>;
  ExposedPorts: Record<string, Record<string, never>> | null;
  StopSignal?: string;
  StopTimeout?: number;
  Volumes: Record<string, Record<string, never>> | null;
}

export interface RestartPolicy {
  Name: 'no' | 'always' | 'unless-stopped' | 'on-failure';
  MaximumRetryCount: number;
}

export interface HostConfig {
  AutoRemove: boolean;
  RestartPolicy: RestartPolicy;
  NetworkMode: string;
  PortBindings: Record<string, { HostIp: string; HostPort: string }[]>;
  PublishAllPorts: boolean;
  Binds: string[] | null;
  Privileged: boolean;
  ReadonlyRootfs: boolean;
}

/** What the container's main process is doing, as the program model scheduled it. */
export interface ProcessState {
  /** Program name in the program registry. */
  program: string;
  /** Simulated time at which the process exits by itself, if it does. */
  exitAt?: number;
  exitCode?: number;
  /** Signals the process ignores (PID 1 has no default handlers: `sleep` ignores SIGTERM). */
  ignores?: string[];
  /** `docker stop` sent the stop signal: when its timeout runs out the daemon sends SIGKILL. */
  killAt?: number;
}

/** The daemon's restart manager for one container (see engine/containers/restart-manager.ts). */
export interface RestartManagerState {
  /** The current back-off in ms (0 before the first restart). */
  timeoutMs: number;
  /** Cancelled by stop/kill: the container is not restarted when its process exits. */
  canceled: boolean;
}

export interface ContainerRecord {
  id: string;
  name: string;
  created: number;
  /** Image id the container runs. */
  image: string;
  /** The image reference as given (`nginx`, `nginx:alpine`, an id). */
  imageRef: string;
  path: string;
  args: string[];
  config: ContainerConfig;
  hostConfig: HostConfig;
  state: ContainerState;
  restartCount: number;
  /** While restarting: when the restart manager starts it again. */
  restartAt?: number;
  /** Set by `docker stop`/`kill` so restart policies leave the container stopped. */
  manuallyStopped: boolean;
  restartManager?: RestartManagerState;
  /** A `docker restart` is stopping it: no auto-removal, and it starts again once down. */
  manuallyRestarting?: boolean;
  process?: ProcessState;
  logs: LogEntry[];
  /** Bytes written to the container's writable layer. */
  sizeRw: number;
  /** Volumes, bind mounts and tmpfs mounts, as `docker inspect` lists them under Mounts. */
  mounts?: MountPoint[];
}

/** One entry of a container's Mounts (docker inspect shape). */
export interface MountPoint {
  Type: 'bind' | 'volume' | 'tmpfs';
  /** Volume name (volumes only). */
  Name?: string;
  /** Host path (bind) or the volume's mountpoint (/var/lib/docker/volumes/<name>/_data). */
  Source: string;
  Destination: string;
  Driver?: string;
  Mode: string;
  RW: boolean;
  Propagation: string;
}

export interface NetworkRecord {
  id: string;
  name: string;
  driver: string;
  scope: string;
  created: number;
  subnet?: string;
  gateway?: string;
  internal: boolean;
  labels: Record<string, string>;
}

export interface VolumeRecord {
  name: string;
  driver: string;
  created: number;
  labels: Record<string, string>;
  anonymous: boolean;
}

export interface WorldState {
  version: number;
  seed: number;
  rng: RngState;
  /** Milliseconds of simulated work added on top of the injected clock. */
  skew: number;
  images: Record<string, ImageRecord>;
  containers: Record<string, ContainerRecord>;
  networks: Record<string, NetworkRecord>;
  volumes: Record<string, VolumeRecord>;
  nextPid: number;
}
