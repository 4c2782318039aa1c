// --health-cmd, --health-interval, --health-timeout, --health-retries, --health-start-period,
// --health-start-interval and --no-healthcheck as docker/cli's parse (opts.go) turns them into
// Config.Healthcheck: only set flags, durations in nanoseconds, CMD-SHELL for the command.
import type { ParsedFlags } from '../../flags.ts';
import { flagBool, flagInt, flagString } from '../../command.ts';
import type { HealthConfig } from '../../../engine/state.ts';
import { parseGoDuration } from '../../../util/format/units.ts';

const DURATIONS: [string, 'Interval' | 'Timeout' | 'StartPeriod' | 'StartInterval'][] = [
  ['health-interval', 'Interval'],
  ['health-timeout', 'Timeout'],
  ['health-start-period', 'StartPeriod'],
  ['health-start-interval', 'StartInterval'],
];

function durationNs(flags: ParsedFlags, name: string): number {
  const text = flagString(flags, name);
  if (!text) return 0;
  const d = parseGoDuration(text);
  return d.ok ? d.ns : 0;
}

/** The container's Healthcheck, or undefined when no health flag is given; errors as messages. */
export function parseHealthcheck(flags: ParsedFlags, fail: (message: string) => Error): HealthConfig | undefined {
  const cmd = flagString(flags, 'health-cmd');
  const retries = flagInt(flags, 'health-retries', 0);
  const durations = DURATIONS.map(([flag, key]) => [flag, key, durationNs(flags, flag)] as const);
  const have = cmd !== '' || retries !== 0 || durations.some(([, , ns]) => ns !== 0);
  if (flagBool(flags, 'no-healthcheck')) {
    if (have) throw fail('--no-healthcheck conflicts with --health-* options');
    return { Test: ['NONE'] };
  }
  if (!have) return undefined;
  const out: HealthConfig = {};
  if (cmd !== '') out.Test = ['CMD-SHELL', cmd];
  for (const [flag, key, ns] of durations.slice(0, 2)) {
    if (ns < 0) throw fail(`--${flag} cannot be negative`);
    if (ns) out[key] = ns;
  }
  if (retries < 0) throw fail('--health-retries cannot be negative');
  for (const [flag, key, ns] of durations.slice(2)) {
    if (ns < 0) throw fail(`--${flag} cannot be negative`);
    if (ns) out[key] = ns;
  }
  if (retries) out.Retries = retries;
  return out;
}
