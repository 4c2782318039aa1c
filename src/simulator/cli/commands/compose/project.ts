// The project a `docker compose` subcommand works on (docker/compose cmd/compose/compose.go
// ProjectOptions.ToProject / projectOrName, pkg/compose/loader.go LoadProject): the root flags
// (-f, -p, --env-file, --profile, --project-directory) and the environment, the host's files
// from the shell's working directory, loader warnings printed as logrus does on stderr, load
// errors as compose prints them (exit 1), then the services named on the command line.
// The compose model (and `yaml`) is imported dynamically here: import this module lazily too.
import type { FileAccess, Project, ComposeWarning } from '../../../compose/index.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { utcParts } from '../../../util/format/timestamps.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagList, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export {
  byName, containerNumber, isOneOff, labelOf, nameWithoutProject, observedState, projectContainers, projectNames,
  projectNetworks, projectVolumes, serviceOf, type ContainerQuery, type OneOffFilter,
} from '../../../compose/apply/resources.ts';

/** compose's root flags as given before the subcommand, with their environment fallbacks. */
export interface ComposeGlobals {
  files: string[];
  projectName: string;
  projectDirectory: string;
  envFiles: string[];
  profiles: string[];
  /** --progress, else COMPOSE_PROGRESS: '' (auto), tty, plain, json, quiet. */
  progress: string;
  /** --ansi, else COMPOSE_ANSI: auto, never, always. */
  ansi: string;
  dryRun: boolean;
  allResources: boolean;
}

/** The root flags (ctx.groupFlags); `flags` are the subcommand's own (the persistent --dry-run). */
export function composeGlobals(ctx: CommandContext, flags: ParsedFlags = {}): ComposeGlobals {
  const g = ctx.groupFlags ?? {};
  const envFiles = flagList(g, 'env-file');
  return {
    files: flagList(g, 'file'),
    projectName: flagString(g, 'project-name'),
    projectDirectory: flagString(g, 'project-directory') || flagString(g, 'workdir'),
    envFiles: envFiles.length ? envFiles : (ctx.env.COMPOSE_ENV_FILES ?? '').split(',').filter(Boolean),
    profiles: flagList(g, 'profile'),
    progress: flagString(g, 'progress', ctx.env.COMPOSE_PROGRESS ?? ''),
    ansi: flagBool(g, 'no-ansi') ? 'never' : flagString(g, 'ansi', ctx.env.COMPOSE_ANSI ?? 'auto'),
    dryRun: flagBool(g, 'dry-run') || flagBool(flags, 'dry-run'),
    allResources: flagBool(g, 'all-resources'),
  };
}

/** The learner's host files, read-only, as the loader reads them. */
export function hostFiles(ctx: CommandContext): FileAccess {
  const host = ctx.host.hostFs?.();
  const stat = (p: string) => {
    try {
      return host?.fs.stat(p);
    } catch {
      return undefined;
    }
  };
  return {
    readFile: (p) => (stat(p)?.kind === 'file' ? host?.fs.readFile(p) : undefined),
    exists: (p) => stat(p) !== undefined,
    isDir: (p) => stat(p)?.kind === 'dir',
  };
}

/** The shell's working directory. */
export function hostCwd(ctx: CommandContext): string {
  return ctx.host.hostFs?.().cwd ?? ctx.env.PWD ?? '/';
}

/** logrus on stderr: coloured "WARN[0000]" on a terminal, logfmt with the time otherwise. */
export async function printWarnings(ctx: CommandContext, warnings: ComposeWarning[]): Promise<void> {
  if (warnings.length === 0) return;
  const { formatLogrus } = await import('../../../compose/index.ts');
  const time = `${utcParts(ctx.engine.now()).date}Z`;
  for (const w of warnings) ctx.stderr.write(formatLogrus(w, { tty: ctx.tty, time }));
}

/** One logrus warning raised by a command (not the loader). */
export function warn(ctx: CommandContext, message: string): Promise<void> {
  return printWarnings(ctx, [{ level: 'warning', message }]);
}

export interface LoadProjectOptions {
  /** Services named on the command line: they are enabled (profiles) and selected with their dependencies. */
  services?: string[];
}

/**
 * ToProject + LoadProject's post-processing: load, print warnings, enable and select the named
 * services, drop unused networks/volumes/secrets/configs (unless --all-resources).
 * A load error is printed as compose prints it and exits 1 (CliError).
 */
export async function loadComposeProject(ctx: CommandContext, flags: ParsedFlags = {}, opts: LoadProjectOptions = {}): Promise<Project> {
  const compose = await import('../../../compose/index.ts');
  const g = composeGlobals(ctx, flags);
  const r = await compose.loadProject({
    files: hostFiles(ctx),
    cwd: hostCwd(ctx),
    env: ctx.env,
    home: ctx.env.HOME,
    configFiles: g.files,
    projectName: g.projectName || undefined,
    projectDirectory: g.projectDirectory || undefined,
    envFiles: g.envFiles,
    profiles: g.profiles,
    stdin: ctx.host.stdin?.(),
  });
  await printWarnings(ctx, r.warnings);
  if (!r.ok) throw new CliError(r.error.message, 1);
  try {
    const services = opts.services ?? [];
    const active = g.profiles.length ? g.profiles : (r.project.environment.COMPOSE_PROFILES ?? '').split(',').map((p) => p.trim());
    const enabled = compose.withServicesEnabled(r.project, services, active);
    const selected = compose.withSelectedServices(enabled, services);
    return g.allResources ? selected : withoutUnnecessaryResources(selected);
  } catch (e) {
    if (compose.isComposeError(e)) throw new CliError(e.message, 1);
    throw e;
  }
}

/** Project.WithoutUnnecessaryResources: only the networks, volumes, secrets and configs services use. */
export function withoutUnnecessaryResources(p: Project): Project {
  const nets = new Set<string>();
  const vols = new Set<string>();
  const secrets = new Set<string>();
  const configs = new Set<string>();
  for (const s of Object.values(p.services)) {
    for (const n of Object.keys(s.networks ?? {})) nets.add(n);
    for (const v of s.volumes ?? []) if (v.type === 'volume' && v.source) vols.add(v.source);
    for (const r of s.secrets ?? []) secrets.add(r.source);
    for (const r of s.configs ?? []) configs.add(r.source);
  }
  const keep = <T>(m: Record<string, T>, used: Set<string>) => Object.fromEntries(Object.entries(m).filter(([k]) => used.has(k)));
  return { ...p, networks: keep(p.networks, nets), volumes: keep(p.volumes, vols), secrets: keep(p.secrets, secrets), configs: keep(p.configs, configs) };
}

/**
 * projectOrName (down, ps, logs, stop ...): the loaded project when there is a file or no -p;
 * with only -p (and no file), the name alone. Without a file, COMPOSE_PROJECT_NAME names it.
 */
export async function projectOrName(ctx: CommandContext, flags: ParsedFlags = {}, services: string[] = []): Promise<{ project?: Project; name: string }> {
  const g = composeGlobals(ctx, flags);
  if (g.files.length === 0 && g.projectName) return { name: g.projectName };
  try {
    const project = await loadComposeProject(ctx, flags, { services });
    return { project, name: project.name };
  } catch (e) {
    const fromEnv = ctx.env.COMPOSE_PROJECT_NAME;
    if (fromEnv) return { name: fromEnv };
    throw e;
  }
}
