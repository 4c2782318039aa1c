// The daemon's state as plain JSON records (no class instances), so snapshot, restore, the state
// panel and goal checks need no translation. Times are milliseconds on the simulated clock.
import type { HistoryEntry, ImageConfig } from './catalog/types.ts';
import type { RngState } from '../util/rng.ts';
import type { TreeDir } from '../fs/memory-fs.ts';
import type { LayerEntry } from '../fs/types.ts';
import type { RegistriesState } from './registry/types.ts';

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
  /**
   * For committed and built images: the catalog image their bottom layers come from (its files
   * and program facts); their own layers' files are in WorldState.layerData.
   */
  from?: { repo: string; tag: string };
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
  health?: { status: 'starting' | 'healthy' | 'unhealthy'; failingStreak: number; log?: HealthLogEntry[] };
}

/** One health probe's result (moby HealthcheckResult); times in ms on the simulated clock. */
export interface HealthLogEntry {
  start: number;
  end: number;
  exitCode: number;
  output: string;
}

/** Config.Healthcheck as the API carries it (durations in nanoseconds). */
export interface HealthConfig {
  Test?: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
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
  Healthcheck?: HealthConfig;
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
  /** --mount specs as the client sent them (API mount.Mount); inspect shows them when set. */
  Mounts?: MountSpec[];
  /** --volumes-from: containers (name or id, with an optional :ro/:rw) whose mounts it shares. */
  VolumesFrom?: string[] | null;
  /** Resource limits (-m, --cpus ...; `docker update`), only those set (engine/containers/resources.ts). */
  Resources?: ContainerResources;
  /** --log-driver/--log-opt; absent means the default json-file (engine/containers/log-config.ts). */
  LogConfig?: LogConfig;
}

export interface LogConfig {
  Type: string;
  Config: Record<string, string>;
}

/** HostConfig's embedded Resources as inspect names them; absent fields are 0 (PidsLimit null). */
export interface ContainerResources {
  Memory?: number;
  MemorySwap?: number;
  MemoryReservation?: number;
  NanoCpus?: number;
  CpuShares?: number;
  CpuPeriod?: number;
  CpuQuota?: number;
  CpuRealtimePeriod?: number;
  CpuRealtimeRuntime?: number;
  CpusetCpus?: string;
  CpusetMems?: string;
  BlkioWeight?: number;
  PidsLimit?: number;
}

/** One --mount as the API's mount.Mount (JSON field names; unset fields left out). */
export interface MountSpec {
  Type: string;
  Source?: string;
  Target?: string;
  ReadOnly?: boolean;
  Consistency?: string;
  BindOptions?: { Propagation?: string; NonRecursive?: boolean; CreateMountpoint?: boolean; ReadOnlyNonRecursive?: boolean; ReadOnlyForceRecursive?: boolean };
  VolumeOptions?: { NoCopy?: boolean; Labels?: Record<string, string>; Subpath?: string; DriverConfig?: { Name?: string; Options?: Record<string, string> } };
  ImageOptions?: { Subpath?: string };
  TmpfsOptions?: { SizeBytes?: number; Mode?: number };
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
  /** An interactive shell (-it): `docker run`/`start -ai`/`attach` hand the terminal to it. */
  interactive?: boolean;
  /** Connections a server accepted in this run (nginx numbers them `*1`, `*2` in its error log). */
  connections?: number;
  /** What a main-process shell exec'd (`sh -c '...; exec redis-server --port 7000'`): the server's argv. */
  argv?: string[];
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
  /** The health monitor's next probe (engine/containers/health.ts); absent while one runs. */
  healthAt?: number;
  logs: LogEntry[];
  /** Bytes written to the container's writable layer. */
  sizeRw: number;
  /** Volumes, bind mounts and tmpfs mounts, as `docker inspect` lists them under Mounts. */
  mounts?: MountPoint[];
  /** The container's writable layer (overlayfs upper): canonical path -> entry or whiteout. */
  upper?: Record<string, LayerEntry>;
  /** Its networks by name (moby's NetworkSettings.Networks); see engine/network/endpoints.ts. */
  networks?: Record<string, EndpointRecord>;
  /** The host ports the port mapper bound for it while it runs (released when it stops). */
  portMappings?: PortMapping[];
  /** The network sandbox (namespace) of the current run; '' or absent when stopped. */
  sandboxId?: string;
}

/** A container's attachment to one network (moby EndpointSettings, inspect's field names). */
export interface EndpointRecord {
  /** The network's id once the container joined it (kept when it stops). */
  NetworkID: string;
  Aliases: string[] | null;
  /** Static addresses (--ip, --ip6, network connect --ip). */
  IPAMConfig: { IPv4Address?: string; IPv6Address?: string } | null;
  Links: string[] | null;
  DriverOpts: Record<string, string> | null;
  GwPriority: number;
  /** Names the embedded DNS server answers with this endpoint's address (user-defined networks). */
  DNSNames: string[] | null;
  /** Operational data of the running endpoint; cleared (cleanOperationalData) when it stops. */
  EndpointID: string;
  Gateway: string;
  IPAddress: string;
  IPPrefixLen: number;
  MacAddress: string;
  IPv6Gateway: string;
  GlobalIPv6Address: string;
  GlobalIPv6PrefixLen: number;
}

/** One host port the port mapper bound for a running container. */
export interface PortMapping {
  /** The container port and protocol: '80/tcp'. */
  port: string;
  /** '0.0.0.0', '::', '127.0.0.1', '::1' ... */
  hostIp: string;
  hostPort: number;
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
  /**
   * Not in the API: the volume was asked for without a name (an image VOLUME, `-v /path`,
   * `--mount` without a source), so `docker rm -v` and `--rm` remove it.
   */
  Anonymous?: boolean;
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
  /** Set by `docker network create` (engine/network/networks.ts); absent on the predefined ones. */
  enableIPv4?: boolean;
  enableIPv6?: boolean;
  attachable?: boolean;
  /** Driver options (-o); the default bridge's are derived. */
  options?: Record<string, string>;
  ipamDriver?: string;
  ipamOptions?: Record<string, string> | null;
  /** --ip-range: containers take addresses from this part of the subnet. */
  ipRange?: string;
  subnet6?: string;
  gateway6?: string;
}

export interface VolumeRecord {
  name: string;
  driver: string;
  created: number;
  /** null when created without labels (implicitly, by `docker run -v name:/path`), as inspect shows. */
  labels: Record<string, string> | null;
  /** Carries the com.docker.volume.anonymous label: prune removes it without --all. */
  anonymous: boolean;
  /** Driver options (`docker volume create -o`); null when none were sent. */
  options?: Record<string, string> | null;
}

/** One cached build step: the stage's layers, config and history once the step ran. */
/** One entry of the daemon's event log (events.Message: Type, Action, Actor.ID, Actor.Attributes). */
export interface EventRecord {
  /** Increasing number, so a follower knows what it has printed. */
  seq: number;
  /** ms on the simulated clock. */
  time: number;
  type: 'container' | 'image' | 'network' | 'volume';
  action: string;
  id: string;
  attrs: Record<string, string>;
}

export interface BuildCacheRecord {
  layers: LayerRef[];
  config: ImageConfig;
  history: HistoryEntry[];
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
  /** Each volume's files by volume name: a memory-fs tree (fs/memory-fs.ts), see engine/volumes.ts. */
  volumeData: Record<string, TreeDir>;
  /** Files of layers made here (docker commit, build steps) by layer digest; catalog layers are generated. */
  layerData?: Record<string, Record<string, LayerEntry>>;
  /** `docker build`'s layer cache: a step's cache key to the stage state after it (builder/build/cache.ts). */
  buildCache?: Record<string, BuildCacheRecord>;
  /** RUN --mount=type=cache directories by cache id, kept between builds (builder/build/run-mounts.ts). */
  buildCacheMounts?: Record<string, TreeDir>;
  /** The port allocator's "last port handed out" per host IP, protocol and range (engine/network/ports.ts). */
  portAllocator?: Record<string, number>;
  /** The daemon's service (engine/daemon-service.ts): since when it runs, or is down after `systemctl stop`. */
  daemon?: { since: number; down?: boolean };
  /** Docker Hub accounts and pushed repositories, the daemon's blob source labels (engine/registry/). */
  registries?: RegistriesState;
  /** The daemon's last 256 events, oldest first (engine/events.ts: `docker events`). */
  events?: EventRecord[];
  nextPid: number;
}
