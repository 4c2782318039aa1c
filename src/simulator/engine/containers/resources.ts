// A container's resource limits (HostConfig's embedded Resources: -m, --memory-swap, --cpus,
// --cpu-shares, --cpuset-cpus, --pids-limit ...). The daemon's checks are moby's
// verifyPlatformContainerResources on a cgroup v2 host where every controller is present (so no
// "limitation discarded" warnings); create doubles Memory into MemorySwap (adaptContainerSettings);
// `docker update` merges the non-zero fields (Container.UpdateContainer).
import { DaemonError } from '../../errors/daemon-error.ts';
import { HOST } from '../daemon-version.ts';
import type { ContainerRecord, ContainerResources } from '../state.ts';

const MIN_MEMORY = 6291456;
/** pkg/sysinfo's defaultMaxCPUs: the largest CPU number a cpuset list may name. */
const MAX_CPUS = 8192;

function invalid(message: string): DaemonError {
  return new DaemonError('invalidParameter', message);
}

function fmtList(n: number): string {
  return n === 1 ? '0' : `0-${n - 1}`;
}

/** sysinfo's parseUintList: "0-3,5" to the numbers it names. */
function parseUintList(val: string): number[] | string {
  if (val === '') return [];
  const out: number[] = [];
  const atoi = (s: string) => (/^[+-]?\d+$/.test(s) ? Number(s) : NaN);
  for (const r of val.split(',')) {
    const [lo, hi] = r.includes('-') ? [atoi(r.slice(0, r.indexOf('-'))), atoi(r.slice(r.indexOf('-') + 1))] : [atoi(r), atoi(r)];
    if (Number.isNaN(lo) || Number.isNaN(hi) || hi < lo) return `invalid format: ${val}`;
    if (hi > MAX_CPUS) return `value of out range, maximum is ${MAX_CPUS}`;
    for (let i = lo; i <= hi; i++) out.push(i);
  }
  return out;
}

function checkCpuset(value: string | undefined, what: 'cpus' | 'mems', available: number): void {
  if (!value) return;
  const list = parseUintList(value);
  if (typeof list === 'string') throw invalid(`Invalid value ${value} for cpuset ${what}: ${list}`);
  if (list.some((n) => n < 0 || n >= available)) {
    const label = what === 'cpus' ? 'CPUs' : 'memory nodes';
    throw invalid(`Requested ${label} are not available - requested ${value}, available: ${fmtList(available)}`);
  }
}

function checkMemory(r: ContainerResources, update: boolean): void {
  const mem = r.Memory ?? 0;
  const swap = r.MemorySwap ?? 0;
  const reservation = r.MemoryReservation ?? 0;
  if (mem !== 0 && mem < MIN_MEMORY) throw invalid('Minimum memory limit allowed is 6MB');
  if (mem > 0 && swap > 0 && swap < mem) throw invalid('Minimum memoryswap limit should be larger than memory limit, see usage');
  if (mem === 0 && swap > 0 && !update) throw invalid('You should always set the Memory limit when using Memoryswap limit, see usage');
  if (reservation > 0 && reservation < MIN_MEMORY) throw invalid('Minimum memory reservation allowed is 6MB');
  if (mem > 0 && reservation > 0 && mem < reservation) {
    throw invalid('Minimum memory limit can not be less than memory reservation limit, see usage');
  }
}

function checkCpu(r: ContainerResources): void {
  const nano = r.NanoCpus ?? 0;
  const period = r.CpuPeriod ?? 0;
  const quota = r.CpuQuota ?? 0;
  if (nano > 0 && period > 0) throw invalid('Conflicting options: Nano CPUs and CPU Period cannot both be set');
  if (nano > 0 && quota > 0) throw invalid('Conflicting options: Nano CPUs and CPU Quota cannot both be set');
  if (nano !== 0 && (nano < 0 || nano > HOST.cpus * 1e9)) {
    throw invalid(`range of CPUs is from 0.01 to ${HOST.cpus}.00, as there are only ${HOST.cpus} CPUs available`);
  }
  if (period !== 0 && (period < 1000 || period > 1000000)) {
    throw invalid('CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)');
  }
  if (quota > 0 && quota < 1000) throw invalid('CPU cfs quota can not be less than 1ms (i.e. 1000)');
}

/** verifyPlatformContainerResources (create, and `docker update` with update = true). */
export function verifyResources(r: ContainerResources | undefined, update: boolean): void {
  if (!r) return;
  checkMemory(r, update);
  checkCpu(r);
  checkCpuset(r.CpusetCpus, 'cpus', HOST.cpus);
  checkCpuset(r.CpusetMems, 'mems', 1);
  const blkio = r.BlkioWeight ?? 0;
  if (blkio > 0 && (blkio < 10 || blkio > 1000)) throw invalid('Range of blkio weight is from 10 to 1000');
}

/** Only the fields that are set, so the record stays small. */
function compact(r: ContainerResources): ContainerResources | undefined {
  const out = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== 0 && v !== ''));
  return Object.keys(out).length ? (out as ContainerResources) : undefined;
}

/** adaptContainerSettings: a memory limit without a swap limit gets twice as much memory+swap. */
export function createResources(r: ContainerResources | undefined): ContainerResources | undefined {
  if (!r) return undefined;
  const mem = r.Memory ?? 0;
  return compact(mem > 0 && !r.MemorySwap ? { ...r, MemorySwap: mem * 2 } : r);
}

const MERGED: (keyof ContainerResources)[] = [
  'BlkioWeight', 'CpuShares', 'NanoCpus', 'CpuPeriod', 'CpuQuota', 'CpusetCpus', 'CpusetMems', 'MemorySwap', 'MemoryReservation', 'PidsLimit',
];

function conflictingCpu(req: ContainerResources, cur: ContainerResources): string | undefined {
  if ((req.NanoCpus ?? 0) > 0 && (cur.CpuPeriod ?? 0) > 0) return 'Nano CPUs cannot be updated as CPU Period has already been set';
  if ((req.NanoCpus ?? 0) > 0 && (cur.CpuQuota ?? 0) > 0) return 'Nano CPUs cannot be updated as CPU Quota has already been set';
  if ((req.CpuPeriod ?? 0) > 0 && (cur.NanoCpus ?? 0) > 0) return 'CPU Period cannot be updated as NanoCPUs has already been set';
  if ((req.CpuQuota ?? 0) > 0 && (cur.NanoCpus ?? 0) > 0) return 'CPU Quota cannot be updated as NanoCPUs has already been set';
  return undefined;
}

/**
 * Container.UpdateContainer's merge of the resources: each non-zero field replaces the current
 * one. Returns the new set, or the conflict message (the daemon wraps it with the container id).
 */
export function mergeResources(c: ContainerRecord, req: ContainerResources): ContainerResources | undefined | { conflict: string } {
  const cur: ContainerResources = { ...(c.hostConfig.Resources ?? {}) };
  const cpu = conflictingCpu(req, cur);
  if (cpu) return { conflict: `Conflicting options: ${cpu}` };
  const mem = req.Memory ?? 0;
  if (mem !== 0) {
    if (mem > (cur.MemorySwap ?? 0) && !req.MemorySwap) {
      return { conflict: 'Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time' };
    }
    cur.Memory = mem;
  }
  const into = cur as Record<string, unknown>;
  for (const k of MERGED) {
    const v = req[k];
    if (v !== undefined && v !== 0 && v !== '') into[k] = v;
  }
  return compact(cur);
}
