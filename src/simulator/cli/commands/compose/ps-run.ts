// `docker compose ps` (docker/compose cmd/compose/ps.go runPs, pkg/compose/ps.go Ps): the
// --filter check first, the project (or -p name), its containers (one-offs and stopped ones
// with -a or --status), filtered by state, sorted by name, then -q, --services or --format.
import { summarize } from '../../../engine/containers/list.ts';
import type { Engine } from '../../../engine/engine.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { renderFormatted } from '../../../util/format/table.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagList, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { projectContainers, projectOrName, serviceOf } from './project.ts';
import { COMPOSE_PS_HEADERS, composeContainerContext, composePsFormat, type ComposeContainer, type Publisher } from './ps-format.ts';
import { LABELS } from '../../../compose/labels.ts';

/** psOptions.parseFilter: only status=VALUE is a filter. */
function statuses(flags: ParsedFlags): string[] {
  const out = [...flagList(flags, 'status')];
  const filter = flagString(flags, 'filter');
  if (filter === '') return out;
  const eq = filter.indexOf('=');
  if (eq === -1) throw new CliError('arguments to --filter should be in form KEY=VAL', 1);
  const key = filter.slice(0, eq);
  if (key === 'status') return [...out, filter.slice(eq + 1)];
  if (key === 'source') throw new CliError('not implemented', 1);
  throw new CliError(`unknown filter ${key}`, 1);
}

function publishers(engine: Engine, c: ContainerRecord): Publisher[] {
  const ports = [...summarize(engine, c, false).Ports].sort((a, b) => a.PrivatePort - b.PrivatePort);
  return ports.map((p) => ({ URL: p.IP ?? '', TargetPort: p.PrivatePort, PublishedPort: p.PublicPort ?? 0, Protocol: p.Type }));
}

/** api.ContainerSummary from the container list entry and its inspect. */
export function composeSummary(engine: Engine, c: ContainerRecord): ComposeContainer {
  const s = summarize(engine, c, false);
  const mounts = (s.Mounts as { Name?: string; Source?: string; Driver?: string }[]);
  const running = c.state.status === 'running';
  const ended = c.state.status === 'exited' || c.state.status === 'dead';
  return {
    id: c.id,
    name: c.name,
    names: s.Names,
    image: s.Image,
    command: s.Command,
    project: c.config.Labels?.[LABELS.project] ?? '',
    service: serviceOf(c),
    created: s.Created,
    state: c.state.status,
    status: s.Status,
    health: running ? (c.state.health?.status ?? '') : '',
    exitCode: ended ? c.state.exitCode : 0,
    labels: c.config.Labels ?? {},
    sizeRw: 0,
    sizeRootFs: 0,
    mounts: mounts.map((m) => m.Name || m.Source || ''),
    localVolumes: mounts.filter((m) => m.Driver === 'local').length,
    networks: Object.keys(s.NetworkSettings.Networks).sort(),
    publishers: publishers(engine, c),
  };
}

async function selectedContainers(ctx: CommandContext, args: string[], flags: ParsedFlags, wanted: string[]): Promise<ContainerRecord[]> {
  const { project, name } = await projectOrName(ctx, flags, args);
  let services = args;
  if (project) {
    const names = Object.keys(project.services);
    const missing = args.find((s) => !names.includes(s));
    if (missing !== undefined) throw new CliError(`no such service: ${missing}`, 1);
    if (args.length === 0 && flags.orphans === false) services = names;
  }
  const all = flagBool(flags, 'all') || wanted.length > 0;
  ctx.engine.tick();
  const list = projectContainers(ctx.engine, name.toLowerCase(), { oneOff: all ? 'include' : 'exclude', all, services });
  return wanted.length > 0 ? list.filter((c) => wanted.includes(c.state.status)) : list;
}

export async function runPs(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  const wanted = statuses(flags);
  const containers = await selectedContainers(ctx, args, flags, wanted);
  if (flagBool(flags, 'quiet')) {
    ctx.stdout.write(containers.map((c) => `${c.id}\n`).join(''));
    return 0;
  }
  if (flagBool(flags, 'services')) {
    const services = [...new Set(containers.map(serviceOf))];
    ctx.stdout.write(`${services.join('\n')}\n`);
    return 0;
  }
  const now = ctx.engine.now();
  const trunc = !flagBool(flags, 'no-trunc');
  const rows = containers.map((c) => composeContainerContext(composeSummary(ctx.engine, c), trunc, now));
  const out = renderFormatted(composePsFormat(flagString(flags, 'format', 'table'), false), rows, COMPOSE_PS_HEADERS);
  if (!out.ok) throw new CliError(out.error, 1);
  ctx.stdout.write(out.output);
  return 0;
}
