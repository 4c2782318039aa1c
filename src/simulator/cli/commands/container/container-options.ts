// The container options `docker run` and `docker create` share (docker/cli's opts.go): the
// client-side checks of its parse() (syntax only; the daemon validates the rest) and their
// translation into a create request. Client errors print as "docker: ..." and exit 125.
import { CliError } from '../../../errors/cli-error.ts';
import type { CreateRequest, RequestedRestartPolicy } from '../../../engine/containers/create.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagInt, flagList, flagSet, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { WINDOWS_ONLY_FLAGS } from './container-flags.ts';
import { parseNetworkingOptions, parsePortOptions, portHostConfig, validateNetworkFlags } from './port-options.ts';
import { parseHealthcheck } from './health-options.ts';
import { parseMountOpt } from './mount-opt.ts';
import { parseVolumeFlags } from './volume-spec.ts';
import { parseResources } from './resource-options.ts';
import { goQuote } from '../../../util/format/go-fmt.ts';
import type { LogConfig, MountSpec } from '../../../engine/state.ts';

export { CONTAINER_FLAGS, imageCreateFlags, sortFlags } from './container-flags.ts';

/** A client-side validation error of run/create, as docker/cli's withHelp prints it. */
export function runUsageError(verb: string, message: string): CliError {
  return new CliError(`docker: ${message}\n\nRun 'docker ${verb} --help' for more information`, 125);
}

/** A flag value rejected by its validator: pflag's "invalid argument" error with the usage line. */
export function flagValueError(ctx: CommandContext, use: string, flag: string, value: string, why: string): CliError {
  const parent = ctx.path.slice(0, ctx.path.lastIndexOf(' '));
  return new CliError(
    `invalid argument "${value}" for "${flag}" flag: ${why}\n\nUsage:  ${parent} ${use}\n\nRun '${ctx.path} --help' for more information`,
    125,
  );
}

/** opts.ParseRestartPolicy: syntax only; the daemon checks the policy name and count. */
export function parseRestart(text: string, verb: string, fail = (m: string) => runUsageError(verb, m)): RequestedRestartPolicy {
  if (text === '') return { Name: '', MaximumRetryCount: 0 };
  const i = text.indexOf(':');
  const name = i === -1 ? text : text.slice(0, i);
  const count = i === -1 ? '' : text.slice(i + 1);
  if (i !== -1 && name === '') throw fail('invalid restart policy format: no policy provided before colon');
  if (count !== '' && !/^[+-]?\d+$/.test(count)) {
    throw fail('invalid restart policy format: maximum retry count must be an integer');
  }
  return { Name: name, MaximumRetryCount: count === '' ? 0 : Number(count) };
}

/** kvfile.Parse: KEY=value lines, `#` comments, a bare KEY taken from `lookup` when set. */
function readKVFile(ctx: CommandContext, verb: string, flag: string, path: string, lookup?: Record<string, string>): string[] {
  const text = ctx.host.readFile?.(path);
  if (text === undefined) throw runUsageError(verb, `${flag}: open ${path}: no such file or directory`);
  const out: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
    const line = raw.replace(/^\s+/, '').replace(/\r$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const key = line.split('=')[0];
    const fail = (why: string) => runUsageError(verb, `${flag}: invalid env file (${path}): ${why}`);
    if (key === '') throw fail(`no variable name on line '${line}'`);
    if (/[ \t]/.test(key)) throw fail(`variable '${key}' contains whitespaces`);
    if (line.includes('=')) out.push(line);
    else if (lookup?.[key] !== undefined) out.push(`${key}=${lookup[key]}`);
  }
  return out;
}

/**
 * opts.ValidateEnv: `-e KEY=value` as given; `-e KEY` takes the host's value, or stays a bare
 * KEY when unset there (Config.Env keeps it; the process environment drops it).
 */
export function resolveEnv(list: string[], hostEnv: Record<string, string>): string[] {
  return list.map((e) => (e.includes('=') || !Object.hasOwn(hostEnv, e) ? e : `${e}=${hostEnv[e]}`));
}

/** The shell's working directory, which filepath.Abs resolves "./dir" against. */
function clientCwd(ctx: CommandContext): string {
  return ctx.host.hostFs?.().cwd ?? (ctx.env.PWD?.startsWith('/') ? ctx.env.PWD : '/');
}

/** Each --mount through MountOpt.Set; a bad one is pflag's invalid-argument error (125). */
function parseMounts(ctx: CommandContext, use: string, flags: ParsedFlags): MountSpec[] {
  return flagList(flags, 'mount').map((value) => {
    try {
      return parseMountOpt(value, clientCwd(ctx));
    } catch (e) {
      const parent = ctx.path.slice(0, ctx.path.lastIndexOf(' '));
      throw new CliError(
        `invalid argument ${goQuote(value)} for "--mount" flag: ${(e as Error).message}\n\nUsage:  ${parent} ${use}\n\nRun '${ctx.path} --help' for more information`,
        125,
      );
    }
  });
}

/** parse()'s -v handling (volumespec); its errors are the client's "docker: invalid spec: ..." (125). */
function parseVolumes(ctx: CommandContext, verb: string, flags: ParsedFlags): ReturnType<typeof parseVolumeFlags> {
  try {
    return parseVolumeFlags(flagList(flags, 'volume'), clientCwd(ctx));
  } catch (e) {
    throw runUsageError(verb, (e as Error).message);
  }
}

function parseLabels(list: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of list) {
    const i = l.indexOf('=');
    if (i === -1) out[l] = '';
    else out[l.slice(0, i)] = l.slice(i + 1);
  }
  return out;
}

/** What pflag's value validators (-a, -e) and cobra's PersistentPreRunE reject before run(). */
function validateFlags(ctx: CommandContext, use: string, flags: ParsedFlags): void {
  for (const a of flagList(flags, 'attach')) {
    if (!['stdin', 'stdout', 'stderr'].includes(a.toLowerCase())) {
      throw flagValueError(ctx, use, '-a, --attach', a, 'valid streams are STDIN, STDOUT and STDERR');
    }
  }
  for (const e of flagList(flags, 'env')) {
    if (e.split('=')[0] === '') throw flagValueError(ctx, use, '-e, --env', e, `invalid environment variable: ${e}`);
  }
  const used = WINDOWS_ONLY_FLAGS.find((f) => flagSet(flags, f));
  if (used) {
    throw new CliError(`"--${used}" is only supported on a Docker daemon running on windows, but the Docker daemon is running on linux`, 1);
  }
}

const PULL_VALUES = ['always', 'missing', 'never', ''];

/** parse()'s checks of values the daemon never sees, in docker/cli's order. */
function validateValues(verb: string, flags: ParsedFlags): void {
  const pull = flagString(flags, 'pull', 'missing');
  if (!PULL_VALUES.includes(pull)) {
    throw runUsageError(verb, `invalid pull option: '${pull}': must be one of "always", "missing" or "never"`);
  }
  const swappiness = flagInt(flags, 'memory-swappiness', -1);
  if (swappiness !== -1 && (swappiness < 0 || swappiness > 100)) {
    throw runUsageError(verb, `invalid value: ${swappiness}. Valid memory swappiness range is 0-100`);
  }
}

function validateModes(verb: string, flags: ParsedFlags): void {
  const modes: [string, string, string[]][] = [
    ['pid', '--pid: invalid PID mode', ['host']],
    ['uts', '--uts: invalid UTS mode', ['host']],
    ['userns', '--userns: invalid USER mode', ['host']],
    ['cgroupns', '--cgroupns: invalid CGROUP mode', ['host', 'private']],
  ];
  for (const [flag, message, valid] of modes) {
    const v = flagString(flags, flag);
    if (v !== '' && !valid.includes(v) && !(flag === 'pid' && /^container:.+/.test(v))) throw runUsageError(verb, message);
  }
}

/** parseLoggingOpts: --log-opt KEY=VALUE pairs; the "none" driver takes none. */
function parseLogging(verb: string, flags: ParsedFlags): LogConfig | undefined {
  const driver = flagString(flags, 'log-driver');
  const opts = flagList(flags, 'log-opt');
  if (driver === 'none' && opts.length) throw runUsageError(verb, 'invalid logging opts for driver none');
  if (driver === '' && opts.length === 0) return undefined;
  const Config = Object.fromEntries(opts.map((o) => (o.includes('=') ? [o.slice(0, o.indexOf('=')), o.slice(o.indexOf('=') + 1)] : [o, ''])));
  return { Type: driver, Config };
}

/** Turn parsed flags and the positional arguments (IMAGE [COMMAND] [ARG...]) into a request. */
export function toCreateRequest(
  ctx: CommandContext,
  verb: 'run' | 'create',
  use: string,
  flags: ParsedFlags,
  args: string[],
): Omit<CreateRequest, 'image'> {
  const [imageRef, ...cmd] = args;
  validateFlags(ctx, use, flags);
  const resources = parseResources((flag, value, why) => flagValueError(ctx, use, flag, value, why), flags);
  validateNetworkFlags(ctx, use, flags);
  const mounts = parseMounts(ctx, use, flags);
  validateValues(verb, flags);
  const vols = parseVolumes(ctx, verb, flags);
  const ports = parsePortOptions(flags, (m) => runUsageError(verb, m));
  const envFiles = flagList(flags, 'env-file').flatMap((f) => readKVFile(ctx, verb, '--env-file', f, ctx.env));
  const labelFiles = flagList(flags, 'label-file').flatMap((f) => readKVFile(ctx, verb, '--label-file', f));
  validateModes(verb, flags);
  const restart = parseRestart(flagString(flags, 'restart', 'no'), verb);
  const healthcheck = parseHealthcheck(flags, (m) => runUsageError(verb, m));
  const autoRemove = flagBool(flags, 'rm');
  if (autoRemove && restart.Name !== '' && restart.Name !== 'no') {
    throw runUsageError(verb, 'conflicting options: cannot specify both --restart and --rm');
  }
  const attachList = flagList(flags, 'attach').map((a) => a.toLowerCase());
  const openStdin = flagBool(flags, 'interactive');
  const attach = attachList.length
    ? { stdin: attachList.includes('stdin') || openStdin, stdout: attachList.includes('stdout'), stderr: attachList.includes('stderr') }
    : { stdin: openStdin, stdout: true, stderr: true };
  const entrypoint = flagSet(flags, 'entrypoint') ? (flagString(flags, 'entrypoint') ? [flagString(flags, 'entrypoint')] : []) : undefined;
  const net = parseNetworkingOptions(flags, (m) => runUsageError(verb, m));
  const logConfig = parseLogging(verb, flags);
  return {
    imageRef,
    name: flagSet(flags, 'name') ? flagString(flags, 'name') : undefined,
    cmd,
    entrypoint,
    env: [...envFiles, ...resolveEnv(flagList(flags, 'env'), ctx.env)],
    workdir: flagSet(flags, 'workdir') ? flagString(flags, 'workdir') : undefined,
    user: flagSet(flags, 'user') ? flagString(flags, 'user') : undefined,
    hostname: flagSet(flags, 'hostname') ? flagString(flags, 'hostname') : undefined,
    tty: flagBool(flags, 'tty'),
    openStdin,
    attach,
    autoRemove,
    restart,
    labels: parseLabels([...labelFiles, ...flagList(flags, 'label')]),
    stopSignal: flagSet(flags, 'stop-signal') ? flagString(flags, 'stop-signal') : undefined,
    stopTimeout: flagSet(flags, 'stop-timeout') ? flagInt(flags, 'stop-timeout', 10) : undefined,
    ...(healthcheck ? { healthcheck } : {}),
    ...(Object.keys(resources).length ? { resources } : {}),
    volumes: vols.volumes,
    mounts,
    hostConfig: {
      Privileged: flagBool(flags, 'privileged'),
      ReadonlyRootfs: flagBool(flags, 'read-only'),
      Binds: vols.binds.length ? vols.binds : null,
      VolumesFrom: flagList(flags, 'volumes-from').length ? flagList(flags, 'volumes-from') : null,
      ...portHostConfig(ports, net),
      ...(logConfig ? { LogConfig: logConfig } : {}),
    },
    exposedPorts: ports.exposedPorts,
    networking: net.endpoints,
  };
}
