// compose-go paths.ResolveRelativePaths: relative paths in the model become absolute against the
// project directory — build contexts (not URLs or service: references), env_file paths, bind
// mount sources (with ~ expanded), secret and config files, local-driver bind devices.
import { ComposeError } from '../errors.ts';
import { expandUser, isAbsPath, joinPath } from './file-access.ts';
import { isDict, pathMatches, type Dict } from './tree.ts';

type Resolver = (value: unknown) => unknown;

const REMOTE_PREFIXES = ['https://', 'http://', 'git://', 'ssh://', 'github.com/', 'git@'];

export function resolveRelativePaths(dict: Dict, workingDir: string, home: string | undefined): void {
  const abs = (v: string): string => {
    const expanded = expandUser(v, home);
    if (isAbsPath(expanded) || expanded === '') return expanded;
    return joinPath(workingDir, expanded);
  };
  const absAny: Resolver = (v) => (typeof v === 'string' ? abs(v) : Array.isArray(v) ? v.map(absAny) : v);
  const context: Resolver = (v) => {
    const s = String(v);
    if (s.includes('://') || s.startsWith('service:') || REMOTE_PREFIXES.some((p) => s.startsWith(p))) return s;
    return abs(s);
  };
  const bindMount: Resolver = (v) => {
    if (!isDict(v) || v.type !== 'bind') return v;
    if (!Object.hasOwn(v, 'source')) throw new ComposeError('other', 'invalid mount config for type "bind": field Source must not be empty');
    v.source = abs(String(v.source));
    return v;
  };
  const driverOpts: Resolver = (v) => {
    if (!isDict(v) || v.driver !== 'local' || !isDict(v.driver_opts)) return v;
    const opts = v.driver_opts;
    if (opts.o === 'bind' && Object.hasOwn(opts, 'device')) opts.device = abs(String(opts.device));
    return v;
  };
  const resolvers: Array<[string, Resolver]> = [
    ['services.*.build.context', context],
    ['services.*.build.additional_contexts.*', context],
    ['services.*.env_file.*.path', absAny],
    ['services.*.label_file.*', absAny],
    ['services.*.extends.file', absAny],
    ['services.*.develop.watch.*.path', absAny],
    ['services.*.volumes.*', bindMount],
    ['configs.*.file', absAny],
    ['secrets.*.file', absAny],
    ['volumes.*', driverOpts],
  ];
  walk(dict, [], resolvers);
}

function walk(value: unknown, path: string[], resolvers: Array<[string, Resolver]>): unknown {
  const rule = resolvers.find(([pattern]) => pathMatches(path, pattern));
  if (rule) return rule[1](value);
  if (isDict(value)) for (const [k, v] of Object.entries(value)) value[k] = walk(v, [...path, k], resolvers);
  else if (Array.isArray(value)) value.forEach((e, i) => (value[i] = walk(e, [...path, '[]'], resolvers)));
  return value;
}
