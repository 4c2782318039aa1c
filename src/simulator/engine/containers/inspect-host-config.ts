// HostConfig as `docker inspect` shows a container made by the Engine 29 CLI: the CLI sends
// empty lists for DNS, blkio and device options and nil for the others (opts.go), the daemon
// fills in its defaults (private IPC and cgroup namespaces, 64MB /dev/shm, runc, the default
// masked and read-only paths of an unprivileged container) and drops unsupported values
// (swappiness -1, pids limit 0 and OOM-kill-disable on cgroup v2 become null).
import { mountSpecsJson } from '../mounts/json.ts';
import type { ContainerRecord } from '../state.ts';

/** oci.DefaultSpec's Linux.MaskedPaths (a VM without thermal_throttle entries). */
const MASKED_PATHS = [
  '/proc/acpi',
  '/proc/asound',
  '/proc/interrupts',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/sys/devices/virtual/powercap',
  '/sys/firmware',
];

const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

const SHM_SIZE = 64 * 1024 * 1024;

function sortedKeys<T>(m: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]]));
}

/** The embedded Resources struct, flattened into HostConfig as Go's JSON does. */
function resources(): Record<string, unknown> {
  return {
    CpuShares: 0,
    Memory: 0,
    NanoCpus: 0,
    CgroupParent: '',
    BlkioWeight: 0,
    BlkioWeightDevice: [],
    BlkioDeviceReadBps: [],
    BlkioDeviceWriteBps: [],
    BlkioDeviceReadIOps: [],
    BlkioDeviceWriteIOps: [],
    CpuPeriod: 0,
    CpuQuota: 0,
    CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0,
    CpusetCpus: '',
    CpusetMems: '',
    Devices: [],
    DeviceCgroupRules: null,
    DeviceRequests: null,
    MemoryReservation: 0,
    MemorySwap: 0,
    MemorySwappiness: null,
    OomKillDisable: null,
    PidsLimit: null,
    Ulimits: [],
    CpuCount: 0,
    CpuPercent: 0,
    IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
  };
}

export function hostConfigJson(c: ContainerRecord): Record<string, unknown> {
  const h = c.hostConfig;
  const privileged = h.Privileged;
  return {
    Binds: h.Binds ?? null,
    ContainerIDFile: '',
    LogConfig: h.LogConfig ?? { Type: 'json-file', Config: {} },
    NetworkMode: h.NetworkMode,
    PortBindings: sortedKeys(h.PortBindings ?? {}),
    RestartPolicy: { Name: h.RestartPolicy.Name, MaximumRetryCount: h.RestartPolicy.MaximumRetryCount },
    AutoRemove: h.AutoRemove,
    VolumeDriver: '',
    VolumesFrom: h.VolumesFrom?.length ? h.VolumesFrom : null,
    ConsoleSize: [0, 0],
    CapAdd: null,
    CapDrop: null,
    CgroupnsMode: 'private',
    Dns: [],
    DnsOptions: [],
    DnsSearch: [],
    ExtraHosts: null,
    GroupAdd: null,
    IpcMode: 'private',
    Cgroup: '',
    Links: null,
    OomScoreAdj: 0,
    PidMode: '',
    Privileged: privileged,
    PublishAllPorts: h.PublishAllPorts,
    ReadonlyRootfs: h.ReadonlyRootfs,
    SecurityOpt: null,
    UTSMode: '',
    UsernsMode: '',
    ShmSize: SHM_SIZE,
    Runtime: 'runc',
    Isolation: '',
    ...resources(),
    ...h.Resources,
    ...(h.Mounts?.length ? { Mounts: mountSpecsJson(h.Mounts) } : {}),
    MaskedPaths: privileged ? null : MASKED_PATHS,
    ReadonlyPaths: privileged ? null : READONLY_PATHS,
  };
}
