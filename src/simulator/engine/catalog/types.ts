// The shape of the simulated Docker Hub's data: one repository per file under catalog/,
// facts taken from ../shared/data/images.json (real configs, tags, layer sizes, start-up logs).

/** The image config as `docker image inspect .Config` shows it (maps as Docker's {} maps). */
export interface ImageConfig {
  User: string;
  ExposedPorts: Record<string, Record<string, never>> | null;
  Env: string[];
  Entrypoint: string[] | null;
  Cmd: string[] | null;
  Volumes: Record<string, Record<string, never>> | null;
  WorkingDir: string;
  Labels: Record<string, string> | null;
  StopSignal?: string;
  Healthcheck?: { Test: string[]; Interval?: number; Timeout?: number; StartPeriod?: number; Retries?: number };
  Shell?: string[];
  OnBuild?: string[] | null;
}

export interface CatalogLayer {
  /** Compressed blob digest, `sha256:<64 hex>`. Shared base layers carry the same digest in every image. */
  digest: string;
  /** Compressed (download) size in bytes. */
  size: number;
  /** Unpacked size on disk in bytes. */
  unpacked: number;
}

export interface HistoryEntry {
  created_by: string;
  /** True for steps that made no layer (ENV, CMD, EXPOSE ...): `docker history` shows 0B. */
  empty_layer?: boolean;
  comment?: string;
}

/** What the container's OS offers; the shell and filesystem issues build on it. */
export interface OsInfo {
  /** 'debian' | 'ubuntu' | 'alpine' | 'busybox' | 'scratch' | 'oraclelinux' | 'distroless' | ... */
  family: string;
  prettyName: string | null;
  versionId: string | null;
  /** Absolute path of the default shell, or null (scratch/distroless). */
  shell: string | null;
  /** Executables present beyond the shell: 'bash', 'curl', 'wget', 'ps', 'apt-get', 'apk', ... */
  tools: string[];
}

export interface StartupFacts {
  listensOn: string[];
  dataDir: string | null;
  requiredEnv: string[];
  /** What the entrypoint prints and its exit code when a required variable is missing. */
  missingEnvError: {
    text: string;
    stream: 'stdout' | 'stderr';
    exitCode: number;
    /** Log prefix before the first line, e.g. mysql's `<YYYY-MM-DD HH:MM:SS+00:00> [ERROR] [Entrypoint]: `. */
    prefix?: string;
  } | null;
  /** Characteristic start-up log lines; `<...>` marks values the program model fills in. */
  logLines: string[];
  /** Which stream the log lines go to, when known ('stdout' default). */
  logStream?: 'stdout' | 'stderr' | 'mixed';
  exitBehaviour: string;
}

export interface CatalogImage {
  /** Every tag resolving to this image; the first is the canonical one. */
  tags: string[];
  /** RFC 3339 creation time of the image. */
  created: string;
  architecture: 'amd64';
  os: 'linux';
  layers: CatalogLayer[];
  config: ImageConfig;
  /** Bottom to top, as `docker history` lists them reversed. */
  history: HistoryEntry[];
  osInfo: OsInfo;
  startup: StartupFacts;
  /** A tag no longer maintained upstream but still pullable (e.g. registry:2, node:18). */
  frozen?: boolean;
}

export interface CatalogRepo {
  /** Familiar name as `docker images` shows it: 'nginx', 'grafana/grafana', 'mcr.microsoft.com/dotnet/sdk'. */
  name: string;
  official: boolean;
  description: string;
  /** Approximate Docker Hub star count, for `docker search`. */
  stars: number;
  images: CatalogImage[];
  /** Real file texts some programs serve (nginx index.html, httpd It works!, hello message). */
  content?: Record<string, string>;
}
