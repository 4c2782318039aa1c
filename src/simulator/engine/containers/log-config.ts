// A container's logging driver (HostConfig.LogConfig: --log-driver, --log-opt). The daemon checks
// it at create, after the image is resolved (mergeAndVerifyLogConfig, logger.ValidateLogOpts);
// every driver but "none" can be read back with `docker logs` (json-file, local and journald
// natively, the others through the dual-logging cache). `docker logs --details` prefixes each
// line with the attributes the labels/env options select (logger.Info.ExtraAttributes).
import { DaemonError } from '../../errors/daemon-error.ts';
import type { ContainerRecord, LogConfig } from '../state.ts';

/** The drivers a Linux daemon registers (daemon/logger/*), plus "none". */
const DRIVERS = ['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog', 'none'];
const COMMON_OPTS = ['env', 'env-regex', 'labels', 'labels-regex', 'tag'];
/** Drivers whose option validators the simulator knows: json-file and local. */
const FILE_OPTS: Record<string, string[]> = {
  'json-file': ['max-file', 'max-size', 'compress'],
  local: ['max-file', 'max-size', 'compress'],
};

export const DEFAULT_LOG_CONFIG: LogConfig = { Type: 'json-file', Config: {} };

function invalid(message: string): DaemonError {
  return new DaemonError('invalidParameter', message);
}

/** mergeAndVerifyLogConfig: the default driver when none is given, then the driver's checks. */
export function verifyLogConfig(requested: LogConfig | undefined): LogConfig {
  // Go marshals the map with its keys sorted, as inspect then shows them.
  const sorted = Object.keys(requested?.Config ?? {}).sort().map((k) => [k, requested!.Config[k]]);
  const cfg: LogConfig = { Type: requested?.Type || DEFAULT_LOG_CONFIG.Type, Config: Object.fromEntries(sorted) };
  if (cfg.Type === 'none') return cfg;
  const mode = cfg.Config.mode ?? '';
  if (!['', 'blocking', 'non-blocking'].includes(mode)) throw invalid(`logger: logging mode not supported: ${mode}`);
  if ('max-buffer-size' in cfg.Config && mode !== 'non-blocking') {
    throw invalid("logger: max-buffer-size option is only supported with 'mode=non-blocking'");
  }
  if (!DRIVERS.includes(cfg.Type)) throw invalid(`logger: no log driver named '${cfg.Type}' is registered`);
  const known = FILE_OPTS[cfg.Type];
  if (known) {
    const bad = Object.keys(cfg.Config).find((k) => !['mode', 'max-buffer-size', ...COMMON_OPTS, ...known].includes(k));
    if (bad) throw invalid(`unknown log opt '${bad}' for ${cfg.Type} log driver`);
  }
  return cfg;
}

/** ContainerLogs' refusal for a container that logs nowhere. */
export function checkLogsReadable(c: ContainerRecord): void {
  if (c.hostConfig.LogConfig?.Type === 'none') {
    throw new DaemonError('system', 'configured logging driver does not support reading');
  }
}

function selected(opts: Record<string, string>, source: Record<string, string>, list: string, regex: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of (opts[list] ?? '').split(',')) if (k !== '' && k in source) out[k] = source[k];
  if (opts[regex]) {
    const re = new RegExp(opts[regex]);
    for (const [k, v] of Object.entries(source)) if (re.test(k)) out[k] = v;
  }
  return out;
}

/** The `--details` prefix: the selected labels and env variables, sorted, query-escaped, joined by ','. */
export function logDetails(c: ContainerRecord): string {
  const opts = c.hostConfig.LogConfig?.Config ?? {};
  const env = Object.fromEntries(c.config.Env.filter((e) => e.includes('=')).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  const attrs = { ...selected(opts, c.config.Labels, 'labels', 'labels-regex'), ...selected(opts, env, 'env', 'env-regex') };
  const esc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return Object.keys(attrs)
    .sort()
    .map((k) => `${esc(k)}=${esc(attrs[k])}`)
    .join(',');
}
