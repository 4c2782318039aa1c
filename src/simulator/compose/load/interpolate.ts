// Interpolation of a parsed compose file (compose-go interpolation/ + loader/interpolate.go):
// every string is substituted; the result is cast back to a number or boolean where the schema
// wants one (ports' target, healthcheck.retries, read_only...); errors name the YAML path.
import { ComposeError, type Warnings } from '../errors.ts';
import { InvalidTemplateError, substitute, type Lookup } from './template.ts';
import { pathMatches, type Dict } from './tree.ts';

type Cast = (value: string, warn: (m: string) => void) => unknown;

const toInt: Cast = (v) => {
  if (!/^[+-]?\d+$/.test(v)) throw new Error(`strconv.Atoi: parsing ${JSON.stringify(v)}: invalid syntax`);
  return Number(v);
};
const toInt64: Cast = (v) => {
  if (!/^[+-]?\d+$/.test(v)) throw new Error(`strconv.ParseInt: parsing ${JSON.stringify(v)}: invalid syntax`);
  return Number(v);
};
const toFloat: Cast = (v) => {
  const n = Number(v);
  if (v.trim() === '' || Number.isNaN(n)) throw new Error(`strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`);
  return n;
};

/** loader.toBoolean: YAML 1.1 spellings still accepted, with a warning. */
const toBoolean: Cast = (value, warn) => {
  const v = value.toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (['y', 'yes', 'on'].includes(v)) {
    warn(`${JSON.stringify(value)} for boolean is not supported by YAML 1.2, please use \`true\``);
    return true;
  }
  if (['n', 'no', 'off'].includes(v)) {
    warn(`${JSON.stringify(value)} for boolean is not supported by YAML 1.2, please use \`false\``);
    return false;
  }
  throw new Error(`invalid boolean: ${value}`);
};

const S = 'services.*.';
/** loader.interpolateTypeCastMapping. */
const CASTS: Array<[string, Cast]> = [
  [`${S}cpu_count`, toInt64], [`${S}cpu_percent`, toFloat], [`${S}cpu_period`, toInt64],
  [`${S}cpu_quota`, toInt64], [`${S}cpu_rt_period`, toInt64], [`${S}cpu_rt_runtime`, toInt64],
  [`${S}cpus`, toFloat], [`${S}cpu_shares`, toInt64], [`${S}init`, toBoolean],
  [`${S}depends_on.*.required`, toBoolean], [`${S}depends_on.*.restart`, toBoolean],
  [`${S}deploy.replicas`, toInt], [`${S}deploy.update_config.parallelism`, toInt],
  [`${S}deploy.update_config.max_failure_ratio`, toFloat], [`${S}deploy.rollback_config.parallelism`, toInt],
  [`${S}deploy.rollback_config.max_failure_ratio`, toFloat], [`${S}deploy.restart_policy.max_attempts`, toInt],
  [`${S}deploy.placement.max_replicas_per_node`, toInt], [`${S}healthcheck.retries`, toInt],
  [`${S}healthcheck.disable`, toBoolean], [`${S}oom_kill_disable`, toBoolean], [`${S}oom_score_adj`, toInt64],
  [`${S}pids_limit`, toInt64], [`${S}ports.[].target`, toInt], [`${S}privileged`, toBoolean],
  [`${S}read_only`, toBoolean], [`${S}scale`, toInt], [`${S}stdin_open`, toBoolean], [`${S}tty`, toBoolean],
  [`${S}ulimits.*`, toInt], [`${S}ulimits.*.hard`, toInt], [`${S}ulimits.*.soft`, toInt],
  [`${S}volumes.[].read_only`, toBoolean], [`${S}volumes.[].volume.nocopy`, toBoolean],
  ['networks.*.external', toBoolean], ['networks.*.internal', toBoolean], ['networks.*.attachable', toBoolean],
  ['networks.*.enable_ipv4', toBoolean], ['networks.*.enable_ipv6', toBoolean],
  ['volumes.*.external', toBoolean], ['secrets.*.external', toBoolean], ['configs.*.external', toBoolean],
];

/** interpolation.Interpolate over a whole file; throws ComposeError with compose-go's texts. */
export function interpolateDict(dict: Dict, lookup: Lookup, warnings: Warnings): Dict {
  const out: Dict = {};
  for (const [key, value] of Object.entries(dict)) out[key] = walk(value, [key], lookup, warnings);
  return out;
}

function walk(value: unknown, path: string[], lookup: Lookup, warnings: Warnings): unknown {
  if (typeof value === 'string') return interpolateString(value, path, lookup, warnings);
  if (Array.isArray(value)) return value.map((e) => walk(e, [...path, '[]'], lookup, warnings));
  if (value !== null && typeof value === 'object') {
    const out: Dict = {};
    for (const [k, v] of Object.entries(value)) out[k] = walk(v, [...path, k], lookup, warnings);
    return out;
  }
  return value;
}

function interpolateString(value: string, path: string[], lookup: Lookup, warnings: Warnings): unknown {
  const warn = (m: string) => warnings.warn(m);
  let result: string;
  try {
    result = substitute(value, lookup, warn);
  } catch (e) {
    throw pathError(path, e as Error);
  }
  const cast = CASTS.find(([pattern]) => pathMatches(path, pattern));
  if (!cast) return result;
  try {
    return cast[1](result, warn);
  } catch (e) {
    throw new ComposeError('interpolation', `error while interpolating ${path.join('.')}: failed to cast to expected type: ${(e as Error).message}`);
  }
}

function pathError(path: string[], e: Error): ComposeError {
  if (e instanceof InvalidTemplateError) {
    return new ComposeError('interpolation', `invalid interpolation format for ${path.join('.')}.\nYou may need to escape any $ with another $.\n${e.template}`);
  }
  return new ComposeError('interpolation', `error while interpolating ${path.join('.')}: ${e.message}`);
}
