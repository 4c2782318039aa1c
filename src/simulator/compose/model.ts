// The loaded Compose project: plain JSON records mirroring compose-go's types package
// (types/project.go, types/types.go), after interpolation, merging, normalisation and
// env_file resolution. Field names are camelCase; `docker compose config` prints them back
// with the YAML keys and in the Go struct order (config/marshal.ts).

/** A value compose-go keeps as a string-to-nullable-string map (environment, build args). */
export type MappingWithEquals = Record<string, string | null>;

export interface BuildConfig {
  context: string;
  dockerfile?: string;
  dockerfileInline?: string;
  args?: MappingWithEquals;
  target?: string;
  labels?: Record<string, string>;
  cacheFrom?: string[];
  network?: string;
  tags?: string[];
  platforms?: string[];
  noCache?: boolean;
  pull?: boolean;
}

export interface ServicePort {
  name?: string;
  /** "ingress" (the default compose-go fills in) or "host". */
  mode: string;
  hostIp?: string;
  target: number;
  /** A port or range as text ("8080", "8000-8005"); undefined when the engine picks one. */
  published?: string;
  protocol: string;
  appProtocol?: string;
}

export type VolumeType = 'bind' | 'volume' | 'tmpfs' | 'cluster' | 'npipe' | 'image';

export interface ServiceVolume {
  type: VolumeType;
  /** A named volume's key, or an absolute host path for binds; absent for anonymous/tmpfs. */
  source?: string;
  target: string;
  readOnly?: boolean;
  consistency?: string;
  bind?: { selinux?: string; propagation?: string; createHostPath: boolean; recursive?: string };
  volume?: { nocopy?: boolean; subpath?: string; labels?: Record<string, string> };
  tmpfs?: { size?: number; mode?: number };
  image?: { subpath?: string };
}

export interface ServiceNetwork {
  aliases?: string[];
  ipv4Address?: string;
  ipv6Address?: string;
  priority?: number;
  gwPriority?: number;
  macAddress?: string;
  interfaceName?: string;
}

export type DependsOnCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

export interface ServiceDependency {
  condition: DependsOnCondition;
  restart: boolean;
  required: boolean;
}

export interface HealthCheck {
  /** ["CMD", ...], ["CMD-SHELL", "..."] or ["NONE"]. */
  test?: string[];
  /** Durations in nanoseconds, as Go's time.Duration. */
  timeoutNs?: number;
  intervalNs?: number;
  retries?: number;
  startPeriodNs?: number;
  startIntervalNs?: number;
  disable?: boolean;
}

export interface FileReference {
  source: string;
  target?: string;
  uid?: string;
  gid?: string;
  mode?: number;
}

export interface EnvFile {
  path: string;
  required: boolean;
  format?: string;
}

export interface DeployConfig {
  mode?: string;
  replicas?: number;
  labels?: Record<string, string>;
  resources?: {
    limits?: { cpus?: number; memoryBytes?: number; pids?: number };
    reservations?: { cpus?: number; memoryBytes?: number };
  };
  restartPolicy?: { condition?: string; delayNs?: number; maxAttempts?: number; windowNs?: number };
  endpointMode?: string;
}

export interface LoggingConfig {
  driver?: string;
  options?: Record<string, string>;
}

export interface ServiceConfig {
  name: string;
  profiles?: string[];
  build?: BuildConfig;
  capAdd?: string[];
  capDrop?: string[];
  /** undefined: keep the image's; [] clears it (an explicit `command: []` or `""`). */
  command?: string[];
  configs?: FileReference[];
  containerName?: string;
  dependsOn?: Record<string, ServiceDependency>;
  deploy?: DeployConfig;
  dns?: string[];
  domainname?: string;
  entrypoint?: string[];
  environment?: MappingWithEquals;
  envFiles?: EnvFile[];
  expose?: string[];
  extraHosts?: string[];
  hostname?: string;
  healthcheck?: HealthCheck;
  image?: string;
  init?: boolean;
  ipc?: string;
  labels?: Record<string, string>;
  links?: string[];
  logging?: LoggingConfig;
  memLimit?: number;
  networkMode?: string;
  /** Service networks by key; `null` for a plain attachment (`networks: [front]`). */
  networks?: Record<string, ServiceNetwork | null>;
  pid?: string;
  platform?: string;
  ports?: ServicePort[];
  privileged?: boolean;
  pullPolicy?: string;
  readOnly?: boolean;
  restart?: string;
  scale?: number;
  secrets?: FileReference[];
  securityOpt?: string[];
  shmSize?: number;
  stdinOpen?: boolean;
  stopGracePeriodNs?: number;
  stopSignal?: string;
  sysctls?: Record<string, string>;
  tmpfs?: string[];
  tty?: boolean;
  ulimits?: Record<string, { single?: number; soft?: number; hard?: number }>;
  user?: string;
  volumes?: ServiceVolume[];
  volumesFrom?: string[];
  workingDir?: string;
  /** `x-*` keys of the service, in file order. */
  extensions?: Record<string, unknown>;
  /** Valid keys this model does not type (cpus, devices, gpus...), kept canonical for `config`. */
  other?: Record<string, unknown>;
}

export interface NetworkConfig {
  name: string;
  driver?: string;
  driverOpts?: Record<string, string>;
  ipam?: { driver?: string; config?: Array<{ subnet?: string; gateway?: string; ipRange?: string }> };
  external?: boolean;
  internal?: boolean;
  attachable?: boolean;
  labels?: Record<string, string>;
  enableIpv4?: boolean;
  enableIpv6?: boolean;
}

export interface VolumeConfig {
  name: string;
  driver?: string;
  driverOpts?: Record<string, string>;
  external?: boolean;
  labels?: Record<string, string>;
}

/** A top-level secret or config (compose-go FileObjectConfig). */
export interface FileObjectConfig {
  name: string;
  file?: string;
  environment?: string;
  /** Inline `content` (configs), or the value taken from `environment`: never printed for secrets. */
  content?: string;
  external?: boolean;
  labels?: Record<string, string>;
}

export interface Project {
  name: string;
  /** Absolute project directory (relative paths resolve against it). */
  workingDir: string;
  /** Absolute paths of the compose files, in load order (com.docker.compose.project.config_files). */
  composeFiles: string[];
  /** The interpolation environment (process env + .env files). */
  environment: Record<string, string>;
  services: Record<string, ServiceConfig>;
  /** Services excluded by profiles. */
  disabledServices: Record<string, ServiceConfig>;
  networks: Record<string, NetworkConfig>;
  volumes: Record<string, VolumeConfig>;
  secrets: Record<string, FileObjectConfig>;
  configs: Record<string, FileObjectConfig>;
  /** Top-level `x-*` keys. */
  extensions: Record<string, unknown>;
}
