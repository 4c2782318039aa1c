// The resource flags `docker run`, `docker create` and `docker update` share (-m, --memory-swap,
// --memory-reservation, --cpus, -c, --cpu-period, --cpu-quota, --cpuset-cpus, --cpuset-mems,
// --blkio-weight, --pids-limit) turned into the request's Resources. The values are pflag types
// (opts.MemBytes, opts.MemSwapBytes, opts.NanoCPUs): a bad one fails as the flag's "invalid
// argument" error (125) before anything reaches the daemon.
import type { ContainerResources } from '../../../engine/state.ts';
import { ramInBytes } from '../../../util/format/units.ts';
import { flagInt, flagSet, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

/** Builds pflag's "invalid argument VALUE for FLAG flag: WHY" error of the command. */
export type FlagValueFail = (flag: string, value: string, why: string) => Error;

/** opts.ParseCPUs: a rational number ("1.5", "3/2") times 1e9, which must come out whole. */
export function parseCpus(value: string): number | string {
  const notRational = `failed to parse ${value} as a rational number`;
  const frac = /^([+-]?\d+)\/(\d+)$/.exec(value);
  if (frac) {
    const [num, den] = [BigInt(frac[1]), BigInt(frac[2])];
    if (den === 0n) return notRational;
    const scaled = num * 1_000_000_000n;
    return scaled % den === 0n ? Number(scaled / den) : 'value is too precise';
  }
  const dec = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(value);
  if (!dec || (dec[2] === '' && (dec[3] ?? '') === '')) return notRational;
  const digits = `${dec[2]}${dec[3] ?? ''}`;
  const shift = 9 + Number(dec[4] ?? 0) - (dec[3] ?? '').length;
  const whole = shift >= 0 ? digits + '0'.repeat(shift) : digits.slice(0, digits.length + shift);
  if (shift < 0 && /[1-9]/.test(digits.slice(digits.length + shift))) return 'value is too precise';
  const nano = Number(BigInt(whole === '' ? '0' : whole));
  return dec[1] === '-' ? -nano : nano;
}

function bytesFlag(fail: FlagValueFail, flags: ParsedFlags, name: string, label: string, swap = false): number | undefined {
  if (!flagSet(flags, name)) return undefined;
  const value = flagString(flags, name);
  if (swap && value === '-1') return -1;
  const r = ramInBytes(value);
  if (!r.ok) throw fail(label, value, r.error);
  return r.value;
}

function cpusFlag(fail: FlagValueFail, flags: ParsedFlags): number | undefined {
  if (!flagSet(flags, 'cpus')) return undefined;
  const value = flagString(flags, 'cpus');
  const nano = parseCpus(value);
  if (typeof nano === 'string') throw fail('--cpus', value, nano);
  return nano;
}

/** The Resources a command line asks for; fields left at their zero value are absent. */
export function parseResources(fail: FlagValueFail, flags: ParsedFlags): ContainerResources {
  const r: ContainerResources = {
    Memory: bytesFlag(fail, flags, 'memory', '-m, --memory'),
    MemoryReservation: bytesFlag(fail, flags, 'memory-reservation', '--memory-reservation'),
    MemorySwap: bytesFlag(fail, flags, 'memory-swap', '--memory-swap', true),
    NanoCpus: cpusFlag(fail, flags),
    CpuShares: flagInt(flags, 'cpu-shares', 0),
    CpuPeriod: flagInt(flags, 'cpu-period', 0),
    CpuQuota: flagInt(flags, 'cpu-quota', 0),
    CpusetCpus: flagString(flags, 'cpuset-cpus'),
    CpusetMems: flagString(flags, 'cpuset-mems'),
    BlkioWeight: flagInt(flags, 'blkio-weight', 0),
    PidsLimit: flagInt(flags, 'pids-limit', 0) || undefined,
  };
  return Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== 0 && v !== '')) as ContainerResources;
}
