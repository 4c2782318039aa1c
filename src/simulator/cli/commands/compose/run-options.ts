// `docker compose run`'s options (docker/compose cmd/compose/run.go PreRunE, runOptions.apply,
// pkg/compose/run.go applyRunOptions): the flag checks compose makes first, then the service as
// the one-off container runs it: TTY and stdin, only --publish'ed ports unless --service-ports,
// extra volumes, the name, command, user, workdir, entrypoint (which clears the command),
// environment overrides and labels; no restart policy, one replica.
import type { Project, ServiceConfig, ServicePort, ServiceVolume } from '../../../compose/index.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagList, flagSet, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { resolveEnv } from './exec-run.ts';

export interface RunOptions {
  service: string;
  command: string[];
  detach: boolean;
  rm: boolean;
  noTty: boolean;
  interactive: boolean;
  name: string;
  user: string;
  workdir: string;
  entrypoint?: string[];
  env: string[];
  labels: Record<string, string>;
  volumes: string[];
  publish: string[];
  servicePorts: boolean;
  useAliases: boolean;
  noDeps: boolean;
  removeOrphans: boolean;
  quiet: boolean;
  quietPull: boolean;
  build: boolean;
}

/** The TTY rules of PreRunE: -t/-T together fail; by default no TTY when stdin is piped. */
function noTtyOf(ctx: CommandContext, flags: ParsedFlags): boolean {
  const noTtySet = flagSet(flags, 'no-tty') || flagSet(flags, 'no-TTY');
  if (flagSet(flags, 'tty')) {
    if (noTtySet) throw new CliError("--tty and --no-tty can't be used together", 1);
    return !flagBool(flags, 'tty');
  }
  if (noTtySet) return flagBool(flags, 'no-tty') || flagBool(flags, 'no-TTY');
  if (!flagSet(flags, 'interactive') && ctx.host.stdin?.() !== undefined) return true;
  return !ctx.tty;
}

function labelsOf(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq === -1) throw new CliError('label must be set as KEY=VALUE', 1);
    out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}

export async function runOptions(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<RunOptions> {
  const publish = flagList(flags, 'publish');
  const servicePorts = flagBool(flags, 'service-ports');
  if (publish.length > 0 && servicePorts) throw new CliError('--service-ports and --publish are incompatible', 1);
  let entrypoint: string[] | undefined;
  if (flagSet(flags, 'entrypoint')) {
    const { shellwords } = await import('../../../compose/load/shellwords.ts');
    try {
      entrypoint = shellwords(flagString(flags, 'entrypoint'));
    } catch (e) {
      throw new CliError((e as Error).message, 1);
    }
  }
  const noTty = noTtyOf(ctx, flags);
  return {
    service: args[0], command: args.slice(1), detach: flagBool(flags, 'detach'), rm: flagBool(flags, 'rm'), noTty,
    interactive: flags.interactive !== false, name: flagString(flags, 'name'), user: flagString(flags, 'user'),
    workdir: flagString(flags, 'workdir'), entrypoint, env: flagList(flags, 'env'),
    labels: labelsOf([...flagList(flags, 'label'), ...flagList(flags, 'labels')]),
    volumes: [...flagList(flags, 'volume'), ...flagList(flags, 'volumes')], publish, servicePorts,
    useAliases: flagBool(flags, 'use-aliases'), noDeps: flagBool(flags, 'no-deps'), removeOrphans: flagBool(flags, 'remove-orphans'),
    quiet: flagBool(flags, 'quiet'), quietPull: flagBool(flags, 'quiet-pull'), build: flagBool(flags, 'build'),
  };
}

async function ports(o: RunOptions): Promise<ServicePort[]> {
  const { parsePortConfig } = await import('../../../compose/load/ports.ts');
  return o.publish.flatMap((p) => parsePortConfig(p).map((c) => ({ mode: c.mode, hostIp: c.host_ip, target: c.target, published: c.published, protocol: c.protocol })));
}

function joinPath(dir: string, rel: string): string {
  const parts: string[] = [];
  for (const seg of `${dir}/${rel}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

async function volumes(o: RunOptions, workingDir: string): Promise<ServiceVolume[]> {
  const { parseVolumeSpec } = await import('../../../compose/load/volume-spec.ts');
  return o.volumes.map((spec) => {
    const v = parseVolumeSpec(spec);
    const source = v.type === 'bind' && v.source.startsWith('.') ? joinPath(workingDir, v.source) : v.source;
    return { type: v.type, source: source || undefined, target: v.target, readOnly: v.readOnly, ...(v.bind ? { bind: { createHostPath: true, ...v.bind } } : {}) };
  });
}

/** The run service: options.apply and applyRunOptions over the loaded service. */
export async function runService(project: Project, o: RunOptions, env: Record<string, string>): Promise<ServiceConfig> {
  const s: ServiceConfig = { ...project.services[o.service] };
  s.tty = !o.noTty;
  s.stdinOpen = o.interactive;
  if (!o.servicePorts) s.ports = await ports(o);
  if (o.volumes.length) s.volumes = [...(s.volumes ?? []), ...(await volumes(o, project.workingDir))];
  s.containerName = o.name || undefined;
  if (o.command.length > 0) s.command = o.command;
  if (o.user) s.user = o.user;
  if (o.workdir) s.workingDir = o.workdir;
  if (o.entrypoint) {
    s.entrypoint = o.entrypoint;
    if (o.command.length === 0) s.command = [];
  }
  if (o.env.length) {
    const extra = Object.fromEntries(resolveEnv(o.env, { ...env, ...project.environment }).filter((v) => v.includes('=')).map((v) => [v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)]));
    s.environment = { ...(s.environment ?? {}), ...extra };
  }
  if (Object.keys(o.labels).length) s.labels = { ...(s.labels ?? {}), ...o.labels };
  s.restart = undefined;
  s.scale = 1;
  if (s.deploy) s.deploy = { ...s.deploy, restartPolicy: undefined, replicas: undefined };
  return s;
}
