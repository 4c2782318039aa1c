// The daemon's health monitor (moby daemon/health.go): the container's HEALTHCHECK (its own
// Config.Healthcheck merged over the image's) is probed in the container on the simulated clock,
// every interval (start interval during the start period); status starting -> healthy after a
// success, unhealthy after `retries` consecutive failures; the last 5 results are kept.
import type { Engine } from '../engine.ts';
import type { ContainerRecord, HealthConfig, HealthLogEntry } from '../state.ts';

const NS_PER_MS = 1_000_000;
const DEFAULT_INTERVAL_MS = 30_000;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_START_INTERVAL_MS = 5_000;
const DEFAULT_RETRIES = 3;
const MAX_LOG_ENTRIES = 5;
const MAX_OUTPUT_LEN = 4096;

/** What a probe run reports back. */
export interface ProbeResult {
  exitCode: number;
  output: string;
  end: number;
}

/** The daemon's merge of Config.Healthcheck with the image's: unset fields come from the image. */
export function mergeHealthcheck(user: HealthConfig | undefined, image: HealthConfig | undefined): HealthConfig | undefined {
  if (!user) return image ? { ...image } : undefined;
  if (!image) return user;
  const out: HealthConfig = { ...user };
  if (!out.Test?.length) out.Test = image.Test;
  for (const k of ['Interval', 'Timeout', 'StartPeriod', 'StartInterval', 'Retries'] as const) {
    if (!out[k] && image[k]) out[k] = image[k];
  }
  return out;
}

/** getProbe: the probe's argv, or undefined when there is none (no test, NONE). */
export function probeArgv(c: ContainerRecord): string[] | undefined {
  const test = c.config.Healthcheck?.Test;
  if (!test?.length) return undefined;
  if (test[0] === 'CMD') return test.length > 1 ? test.slice(1) : undefined;
  if (test[0] === 'CMD-SHELL') return ['/bin/sh', '-c', test.slice(1).join(' ')];
  return undefined;
}

function ms(ns: number | undefined, fallback: number): number {
  return ns && ns > 0 ? ns / NS_PER_MS : fallback;
}

export function probeTimeoutMs(c: ContainerRecord): number {
  return ms(c.config.Healthcheck?.Timeout, DEFAULT_TIMEOUT_MS);
}

/** monitor's getInterval at `at`. */
function nextInterval(c: ContainerRecord, at: number): number {
  const h = c.config.Healthcheck;
  const interval = ms(h?.Interval, DEFAULT_INTERVAL_MS);
  if (at - c.state.startedAt >= ms(h?.StartPeriod, 0)) return interval;
  return c.state.health?.status === 'starting' ? ms(h?.StartInterval, DEFAULT_START_INTERVAL_MS) : interval;
}

/** initHealthMonitor: on every start (manual or by the restart manager). */
export function initHealth(c: ContainerRecord, now: number): void {
  c.healthAt = undefined;
  if (!probeArgv(c)) return;
  c.state.health = { status: 'starting', failingStreak: 0, log: c.state.health?.log ?? [] };
  c.healthAt = now + nextInterval(c, now);
}

/** The container went down: the monitor stops (its last status stays for inspect). */
export function stopHealth(c: ContainerRecord): void {
  c.healthAt = undefined;
}

/** The interval timer fired: run the probe in the container; the result comes back later. */
export function runHealthProbe(engine: Engine, c: ContainerRecord, at: number): void {
  c.healthAt = undefined;
  const argv = probeArgv(c);
  const runner = engine.processRunner;
  if (!argv || !runner?.probe) return;
  const startedAt = c.state.startedAt;
  runner.probe(engine, c, argv, at, probeTimeoutMs(c), (r) => {
    const live = engine.state.containers[c.id];
    if (!live || live.state.status !== 'running' || live.state.startedAt !== startedAt) return;
    recordResult(engine, live, { start: at, end: r.end, exitCode: r.exitCode, output: r.output.slice(0, MAX_OUTPUT_LEN) });
  });
}

/** handleProbeResult. */
function recordResult(engine: Engine, c: ContainerRecord, result: HealthLogEntry): void {
  const h = (c.state.health ??= { status: 'starting', failingStreak: 0 });
  const log = h.log ?? [];
  h.log = [...log.slice(Math.max(0, log.length + 1 - MAX_LOG_ENTRIES)), result];
  const old = h.status;
  if (result.exitCode === 0) {
    h.failingStreak = 0;
    h.status = 'healthy';
  } else {
    const grace = h.status === 'starting' && result.start - c.state.startedAt < ms(c.config.Healthcheck?.StartPeriod, 0);
    if (!grace) {
      h.failingStreak += 1;
      if (h.failingStreak >= (c.config.Healthcheck?.Retries || DEFAULT_RETRIES)) h.status = 'unhealthy';
    }
  }
  c.healthAt = result.end + nextInterval(c, result.end);
  if (old !== h.status) engine.emit(`container health_status: ${h.status}`);
}

/** State.Health for inspect: Status, FailingStreak, Log with Go times. */
export function healthJson(c: ContainerRecord, time: (ms: number) => string): Record<string, unknown> | undefined {
  const h = c.state.health;
  if (!h) return undefined;
  const log = (h.log ?? []).map((e) => ({ Start: time(e.start), End: time(e.end), ExitCode: e.exitCode, Output: e.output }));
  return { Status: h.status, FailingStreak: h.failingStreak, Log: log };
}
