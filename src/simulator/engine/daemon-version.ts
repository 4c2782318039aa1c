// What the simulated daemon and its host report about themselves (GET /version, parts of
// GET /info): Docker Engine 29.7.2 from the docker-ce packages on Debian 13. Engine and
// containerd commits are those of moby docker-v29.7.2 and containerd v2.3.3 (the version its
// Dockerfile pins); the build time, runc's commit and the host's sizes are ours.
export const PLATFORM_NAME = 'Docker Engine - Community';
export const ENGINE_VERSION = '29.7.2';
export const ENGINE_COMMIT = '6a43e3d';
/** config.MaxAPIVersion. */
export const API_VERSION = '1.55';
/** config.defaultMinAPIVersion. */
export const MIN_API_VERSION = '1.40';
export const GO_VERSION = 'go1.26.5';
/** dockerversion.BuildTime as the packaging sets it (RFC 3339 with nanoseconds). */
export const BUILD_TIME_RFC3339 = '2026-08-05T18:41:07.000000000+00:00';

export const CONTAINERD_VERSION = 'v2.3.3';
export const CONTAINERD_COMMIT = 'aad11006b869517fcd3009450b6f82da282e1a9b';
export const RUNC_VERSION = '1.4.3';
export const RUNC_COMMIT = 'v1.4.3-0-g8bd78a99';
export const DOCKER_INIT_VERSION = '0.19.0';
export const DOCKER_INIT_COMMIT = 'de40ad0';

/** The simulated host: Debian 13 on a 2-CPU, 8 GiB machine named dockyard. */
export const HOST = {
  kernel: '6.12.48+deb13-amd64',
  operatingSystem: 'Debian GNU/Linux 13 (trixie)',
  osVersion: '13',
  architecture: 'x86_64',
  cpus: 2,
  memTotal: 8_323_596_288,
  name: 'dockyard',
} as const;

export interface ComponentVersion {
  Name: string;
  Version: string;
  Details: Record<string, string>;
}

/** system.VersionResponse (daemon.SystemVersion), Experimental false and so left out. */
export function daemonVersion() {
  const engine: ComponentVersion = {
    Name: 'Engine',
    Version: ENGINE_VERSION,
    Details: {
      ApiVersion: API_VERSION,
      Arch: 'amd64',
      BuildTime: BUILD_TIME_RFC3339,
      Experimental: 'false',
      GitCommit: ENGINE_COMMIT,
      GoVersion: GO_VERSION,
      KernelVersion: HOST.kernel,
      MinAPIVersion: MIN_API_VERSION,
      Module: 'github.com/moby/moby/v2',
      // A release build carries no module version: daemon.defaultModuleVersion.
      ModuleVersion: 'v2.0.0+unknown',
      Os: 'linux',
    },
  };
  return {
    Platform: { Name: PLATFORM_NAME },
    Version: ENGINE_VERSION,
    ApiVersion: API_VERSION,
    MinAPIVersion: MIN_API_VERSION,
    Os: 'linux',
    Arch: 'amd64',
    Components: [
      engine,
      { Name: 'containerd', Version: CONTAINERD_VERSION, Details: { GitCommit: CONTAINERD_COMMIT } },
      { Name: 'runc', Version: RUNC_VERSION, Details: { GitCommit: RUNC_COMMIT } },
      { Name: 'docker-init', Version: DOCKER_INIT_VERSION, Details: { GitCommit: DOCKER_INIT_COMMIT } },
    ] as ComponentVersion[],
    GitCommit: ENGINE_COMMIT,
    GoVersion: GO_VERSION,
    KernelVersion: HOST.kernel,
    BuildTime: BUILD_TIME_RFC3339,
  };
}

export type DaemonVersion = ReturnType<typeof daemonVersion>;
