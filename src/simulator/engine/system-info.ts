// GET /info: the daemon's system.Info (moby daemon/info.go, info_unix.go) for a Docker Engine
// on Debian 13 with the containerd image store, cgroup v2 and systemd, swarm inactive. The
// counts come from the world; the host facts from daemon-version.ts. Structs are tagged with
// their Go types (util/format/go-value.ts), so templates and `{{json .}}` see the daemon's order.
import { CONTAINERD_COMMIT, DOCKER_INIT_COMMIT, ENGINE_VERSION, HOST, RUNC_COMMIT } from './daemon-version.ts';
import { goMap, goSlice, goStruct } from '../util/format/go-value.ts';
import { formatRFC3339Nano } from '../util/format/units.ts';
import { sha256Hex } from '../util/sha256.ts';
import type { Engine } from './engine.ts';

/** The daemon ID: a UUID created once per installation; here derived from the world's seed. */
export function daemonId(seed: number): string {
  const h = sha256Hex(`dockyard-daemon-id:${seed}`);
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function containerCounts(engine: Engine) {
  let running = 0;
  let paused = 0;
  let stopped = 0;
  for (const c of Object.values(engine.state.containers)) {
    // metrics.StateCtr: restarting counts as running; created, exited and dead as stopped.
    if (c.state.status === 'paused') paused++;
    else if (c.state.status === 'running' || c.state.status === 'restarting') running++;
    else stopped++;
  }
  return { Containers: running + paused + stopped, ContainersRunning: running, ContainersPaused: paused, ContainersStopped: stopped };
}

const RUNTIME = () => goStruct('system.RuntimeWithStatus', { path: 'runc' });

function registryConfig() {
  const docker = goStruct('*registry.IndexInfo', { Name: 'docker.io', Mirrors: goSlice([], '[]string'), Secure: true, Official: true });
  return goStruct('*registry.ServiceConfig', {
    InsecureRegistryCIDRs: goSlice(['::1/128', '127.0.0.0/8'], '[]netip.Prefix'),
    IndexConfigs: goMap({ 'docker.io': docker }, 'map[string]*registry.IndexInfo'),
    Mirrors: null,
  });
}

function hostFacts() {
  return {
    KernelVersion: HOST.kernel,
    OperatingSystem: HOST.operatingSystem,
    OSVersion: HOST.osVersion,
    OSType: 'linux',
    Architecture: HOST.architecture,
    IndexServerAddress: 'https://index.docker.io/v1/',
    RegistryConfig: registryConfig(),
    NCPU: HOST.cpus,
    MemTotal: HOST.memTotal,
    GenericResources: null,
    DockerRootDir: '/var/lib/docker',
    HttpProxy: '',
    HttpsProxy: '',
    NoProxy: '',
    Name: HOST.name,
    Labels: goSlice([] as string[], '[]string'),
    ExperimentalBuild: false,
    ServerVersion: ENGINE_VERSION,
  };
}

function pair(k: string, v: string): [string, string] {
  return goSlice([k, v], '[2]string') as [string, string];
}

/** The fields after the host facts, from Runtimes on. */
function runtimeFacts() {
  return {
    Runtimes: goMap({ 'io.containerd.runc.v2': RUNTIME(), runc: RUNTIME() }, 'map[string]system.RuntimeWithStatus'),
    DefaultRuntime: 'runc',
    Swarm: goStruct('swarm.Info', { NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: null }),
    LiveRestoreEnabled: false,
    Isolation: '',
    InitBinary: 'docker-init',
    ContainerdCommit: goStruct('system.Commit', { ID: CONTAINERD_COMMIT }),
    RuncCommit: goStruct('system.Commit', { ID: RUNC_COMMIT }),
    InitCommit: goStruct('system.Commit', { ID: DOCKER_INIT_COMMIT }),
    SecurityOptions: goSlice(['name=apparmor', 'name=seccomp,profile=builtin', 'name=cgroupns'], '[]string'),
    FirewallBackend: goStruct('*system.FirewallInfo', {
      Driver: 'iptables',
      Info: goSlice([pair('EnableUserlandProxy', 'true'), pair('UserlandProxyPath', '/usr/bin/docker-proxy')], '[][2]string'),
    }),
    CDISpecDirs: goSlice(['/etc/cdi', '/var/run/cdi'], '[]string'),
    Containerd: goStruct('*system.ContainerdInfo', {
      Address: '/run/containerd/containerd.sock',
      Namespaces: goStruct('system.ContainerdNamespaces', { Containers: 'moby', Plugins: 'plugins.moby' }),
    }),
    Warnings: null as string[] | null,
  };
}

/** The fields of system.Info in its declaration order (the template and JSON order). */
export function systemInfoFields(engine: Engine) {
  const n = Object.keys(engine.state.containers).length;
  return {
    ID: daemonId(engine.state.seed),
    ...containerCounts(engine),
    Images: Object.keys(engine.state.images).length,
    Driver: 'overlayfs',
    DriverStatus: goSlice([pair('driver-type', 'io.containerd.snapshotter.v1')], '[][2]string'),
    Plugins: goStruct('system.PluginsInfo', {
      Volume: goSlice(['local'], '[]string'),
      Network: goSlice(['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'], '[]string'),
      Authorization: null,
      Log: goSlice(['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog'], '[]string'),
    }),
    MemoryLimit: true,
    SwapLimit: true,
    CpuCfsPeriod: true,
    CpuCfsQuota: true,
    CPUShares: true,
    CPUSet: true,
    PidsLimit: true,
    IPv4Forwarding: true,
    Debug: false,
    NFd: 27 + n * 6,
    OomKillDisable: false,
    NGoroutines: 47 + n * 9,
    SystemTime: formatRFC3339Nano(engine.now()),
    LoggingDriver: 'json-file',
    CgroupDriver: 'systemd',
    CgroupVersion: '2',
    NEventsListener: 0,
    ...hostFacts(),
    ...runtimeFacts(),
  };
}

export type SystemInfo = ReturnType<typeof systemInfoFields>;

/** GET /info as the *system.Info struct. */
export function systemInfo(engine: Engine): SystemInfo {
  return goStruct('*system.Info', systemInfoFields(engine));
}
