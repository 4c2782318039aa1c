// HEALTHCHECK (BuildKit instructions/parse.go parseHealthcheck): NONE (no arguments; flags not even
// looked at) or CMD with --interval --timeout --start-period --start-interval (Go durations, at
// least 1ms unless 0) and --retries. Shell form becomes CMD-SHELL.
import { goQuote } from '../../util/format/go-fmt.ts';
import { parseGoDuration } from '../../util/format/units.ts';
import type { HealthConfig } from './ast.ts';
import type { BFlags } from './bflags.ts';
import { atLeastOne, commandLine } from './instruction-common.ts';

export function parseHealthcheck(args: string[], flags: BFlags, json: boolean): HealthConfig {
  if (args.length === 0) throw atLeastOne('HEALTHCHECK');
  const typ = args[0].toUpperCase();
  const rest = args.slice(1);
  const health: HealthConfig = { test: [], interval: 0, timeout: 0, startPeriod: 0, startInterval: 0, retries: 0 };
  if (typ === 'NONE') {
    if (rest.length !== 0) throw new Error('HEALTHCHECK NONE takes no arguments');
    return { ...health, test: ['NONE'] };
  }
  const interval = flags.addString('interval');
  const timeout = flags.addString('timeout');
  const startPeriod = flags.addString('start-period');
  const startInterval = flags.addString('start-interval');
  const retries = flags.addString('retries');
  flags.parse();
  if (typ !== 'CMD') throw new Error(`Unknown type ${goQuote(typ)} in HEALTHCHECK (try CMD)`);
  const cmd = commandLine(rest, json).args;
  if (cmd.length === 0) throw new Error('Missing command after HEALTHCHECK CMD');
  health.test = [json ? 'CMD' : 'CMD-SHELL', ...cmd];
  health.interval = duration('interval', interval.value);
  health.timeout = duration('timeout', timeout.value);
  health.startPeriod = duration('start-period', startPeriod.value);
  health.startInterval = duration('start-interval', startInterval.value);
  health.retries = parseRetries(retries.value);
  return health;
}

/** parseOptInterval: nanoseconds; '' and 0 mean unset. */
function duration(name: string, value: string): number {
  if (value === '') return 0;
  const d = parseGoDuration(value);
  if (!d.ok) throw new Error(d.error);
  if (d.ns === 0) return 0;
  if (d.ns < 1e6) throw new Error(`Interval ${goQuote(name)} cannot be less than 1ms`);
  return d.ns;
}

function parseRetries(value: string): number {
  if (value === '') return 0;
  const n = /^[+-]?[0-9]+$/.test(value) ? Number(value) : NaN;
  if (Number.isNaN(n)) throw new Error(`strconv.ParseInt: parsing ${goQuote(value)}: invalid syntax`);
  if (n > 2147483647 || n < -2147483648) throw new Error(`strconv.ParseInt: parsing ${goQuote(value)}: value out of range`);
  if (n < 0) throw new Error(`--retries cannot be negative (${n})`);
  return n;
}
