// The container options `docker run` and `docker create` share (docker/cli's opts.go): the
// client-side checks of its parse() (syntax only; the daemon validates the rest) and their
// translation into a create request. Client errors print as "docker: ..." and exit 125.
import { CliError } from '../../../errors/cli-error.ts';
import type { CreateRequest, RequestedRestartPolicy } from '../../../engine/containers/create.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagInt, flagList, flagSet, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { WINDOWS_ONLY_FLAGS } from './container-flags.ts';

export { CONTAINER_FLAGS, imageCreateFlags, sortFlags } from './container-flags.ts';

/** A client-side validation error of run/create, as docker/cli's withHelp prints it. */
export function runUsageError(verb: string, message: string): CliError {
  return new CliError(`docker: ${message}\n\nRun 'docker ${verb} --help' for more information`, 125);
}

/** A flag value rejected by its validator: pflag's "invalid argument" error with the usage line. */
function flagValueError(ctx: CommandContext, use: string, flag: string, value: string, why: string): CliError {
  const parent = ctx.path.slice(0, ctx.path.lastIndexOf(' '));
  return new CliError(
    `invalid argument "${value}" for "${flag}" flag: ${why}\n\nUsage:  ${parent} ${use}\n\nRun '${ctx.path} --help' for more information`,
    125,
  );
}

/** opts.ParseRestartPolicy: syntax only; the daemon checks the policy name and count. */
export function parseRestart(text: string, verb: string): RequestedRestartPolicy {
  if (text === '') return { Name: '', MaximumRetryCount: 0 };
  const i = text.indexOf(':');
  const name = i === -1 ? text : text.slice(0, i);
  const count = i === -1 ? '' : text.slice(i + 1);
  if (i !== -1 && name === '') throw runUsageError(verb, 'invalid restart policy format: no policy provided before colon');
  if (count !== '' && !/^[+-]?\d+$/.test(count)) {
    throw runUsageError(verb, 'invalid restart policy format: maximum retry count must be an integer');
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

/** `-e KEY=value` as given; `-e KEY` takes the host's value, or is dropped when unset. */
export function resolveEnv(list: string[], hostEnv: Record<string, string>): string[] {
  const out: string[] = [];
  for (const e of list) {
    if (e.includes('=')) out.push(e);
    else if (e !== '' && hostEnv[e] !== undefined) out.push(`${e}=${hostEnv[e]}`);
  }
  return out;
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
  validateValues(verb, flags);
  const envFiles = flagList(flags, 'env-file').flatMap((f) => readKVFile(ctx, verb, '--env-file', f, ctx.env));
  const labelFiles = flagList(flags, 'label-file').flatMap((f) => readKVFile(ctx, verb, '--label-file', f));
  validateModes(verb, flags);
  const restart = parseRestart(flagString(flags, 'restart', 'no'), verb);
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
    hostConfig: { Privileged: flagBool(flags, 'privileged'), ReadonlyRootfs: flagBool(flags, 'read-only') },
  };
}
