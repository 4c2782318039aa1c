// `docker compose config` (docker/compose cmd/compose/config.go): loads the project with the
// loader switches (--no-interpolate, --no-normalize, --no-path-resolution, --no-consistency),
// then prints one listing (--services in dependency order, --volumes, --networks, --profiles,
// --images, --hash, --environment) or the model as YAML / JSON with "$" escaped as "$$"
// (not with --no-interpolate); -q validates only, -o writes the model to a file.
import type { Project } from '../../../compose/index.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { composeGlobals, hostCwd, hostFiles, printWarnings, warn, withoutUnnecessaryResources } from './project.ts';

type Compose = typeof import('../../../compose/index.ts');

/** ToProject with config's loader options, then LoadProject's service selection. */
async function load(ctx: CommandContext, compose: Compose, flags: ParsedFlags, services: string[]): Promise<Project> {
  const g = composeGlobals(ctx, flags);
  const r = await compose.loadProject({
    files: hostFiles(ctx), cwd: hostCwd(ctx), env: ctx.env, home: ctx.env.HOME,
    configFiles: g.files, projectName: g.projectName || undefined, projectDirectory: g.projectDirectory || undefined,
    envFiles: g.envFiles, profiles: g.profiles, stdin: ctx.host.stdin?.(),
    interpolate: !flagBool(flags, 'no-interpolate'), normalize: !flagBool(flags, 'no-normalize'),
    resolvePaths: !flagBool(flags, 'no-path-resolution'), consistency: !flagBool(flags, 'no-consistency'),
  });
  await printWarnings(ctx, r.warnings);
  if (!r.ok) throw new CliError(r.error.message, 1);
  try {
    const active = g.profiles.length ? g.profiles : (r.project.environment.COMPOSE_PROFILES ?? '').split(',').map((p) => p.trim());
    const selected = compose.withSelectedServices(compose.withServicesEnabled(r.project, services, active), services);
    return g.allResources ? selected : withoutUnnecessaryResources(selected);
  } catch (e) {
    if (compose.isComposeError(e)) throw new CliError(e.message, 1);
    throw e;
  }
}

function lines(items: string[]): string {
  return items.map((s) => `${s}\n`).join('');
}

/** The listing a flag asks for, or undefined for the model itself. Go map orders are sorted here. */
function listing(compose: Compose, p: Project, flags: ParsedFlags): string | undefined {
  if (flagBool(flags, 'services')) return lines(compose.serviceNamesInDependencyOrder(p));
  if (flagBool(flags, 'volumes')) return lines(Object.keys(p.volumes).sort());
  if (flagBool(flags, 'networks')) return lines(Object.keys(p.networks).sort());
  if (flagBool(flags, 'models')) return '';
  const hash = flagString(flags, 'hash');
  if (hash !== '') {
    const names = hash === '*' ? Object.keys(p.services) : hash.split(',');
    return lines([...names].sort().map((n) => {
      // Project.GetService's errors.
      if (!Object.hasOwn(p.services, n)) throw new CliError(`no such service: ${n}: ${Object.hasOwn(p.disabledServices, n) ? 'disabled' : 'not found'}`, 1);
      return `${n} ${compose.serviceHash(p.services[n])}`;
    }));
  }
  if (flagBool(flags, 'profiles')) return lines(compose.profileNames(p));
  if (flagBool(flags, 'images')) return lines(Object.keys(p.services).sort().map((n) => compose.imageNameOrDefault(p.name, p.services[n])));
  if (flagBool(flags, 'environment')) return lines(Object.entries(p.environment).map(([k, v]) => `${k}=${v}`).sort());
  return undefined;
}

function model(compose: Compose, p: Project, flags: ParsedFlags): string {
  const format = flagString(flags, 'format') || 'yaml';
  const noInterpolate = flagBool(flags, 'no-interpolate');
  let text: string;
  if (format === 'yaml') text = compose.configYaml(p, { noInterpolate: true });
  else if (format === 'json') text = compose.configJson(p);
  else throw new CliError(`unsupported format ${JSON.stringify(format)}`, 1);
  return noInterpolate ? text : text.replaceAll('$', '$$$$');
}

function notModelled(flags: ParsedFlags): void {
  for (const f of ['variables', 'resolve-image-digests', 'lock-image-digests']) {
    if (flagBool(flags, f)) throw new CliError(`config --${f} is not modelled yet by this simulator`, 1);
  }
}

export async function runConfig(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  notModelled(flags);
  const compose = await import('../../../compose/index.ts');
  if (flagBool(flags, 'no-interpolate') && args.length > 0) {
    await warn(ctx, 'service filtering is not applied when --no-interpolate is set, the full model will be rendered');
  }
  const project = await load(ctx, compose, flags, args);
  const quiet = flagBool(flags, 'quiet');
  const list = listing(compose, project, flags);
  if (list !== undefined) {
    if (!quiet) ctx.stdout.write(list);
    return 0;
  }
  if (!flagBool(flags, 'no-consistency')) checkContainerNames(project);
  const text = model(compose, project, flags);
  if (quiet) return 0;
  const output = flagString(flags, 'output');
  if (output !== '' && text.length > 0) {
    const host = ctx.host.hostFs?.();
    host?.fs.writeFile(output.startsWith('/') ? output : `${host.cwd.replace(/\/$/, '')}/${output}`, text);
    return 0;
  }
  ctx.stdout.write(text);
  return 0;
}

/** Project.CheckContainerNameUnicity (its message prints the set's empty struct value, "{}"). */
function checkContainerNames(p: Project): void {
  const seen = new Set<string>();
  for (const name of Object.keys(p.services).sort()) {
    const cn = p.services[name].containerName;
    if (!cn) continue;
    if (seen.has(cn)) throw new CliError(`services.${name}: container name ${JSON.stringify(cn)} is already in use by service {}"`, 1);
    seen.add(cn);
  }
}
