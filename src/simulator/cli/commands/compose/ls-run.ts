// `docker compose ls` (docker/compose cmd/compose/list.go, pkg/compose/ls.go): the containers
// carrying com.docker.compose.project (running ones unless -a), grouped by project in name
// order; STATUS counts each state ("exited(1), running(2)"), CONFIG FILES joins the
// config_files labels. --filter name=REGEXP is the only filter.
import type { ContainerRecord } from '../../../engine/state.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { goStruct } from '../../../util/format/go-value.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagList, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { LABELS } from '../../../compose/labels.ts';
import { requireNoArgs } from './args.ts';
import { printList } from './pretty.ts';

interface Stack {
  name: string;
  status: string;
  configFiles: string;
}

/** opts.FilterOpt: KEY=VALUE pairs; only "name" is accepted. */
function parseFilters(values: string[]): Map<string, string[]> {
  const filters = new Map<string, string[]>();
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq === -1) throw new CliError(`invalid argument ${JSON.stringify(v)} for "--filter" flag: bad format of filter (expected name=value)`, 1);
    const key = v.slice(0, eq).trim().toLowerCase();
    filters.set(key, [...(filters.get(key) ?? []), v.slice(eq + 1)]);
  }
  for (const key of filters.keys()) if (key !== 'name') throw new CliError(`invalid filter '${key}'`, 1);
  return filters;
}

/** list.go match: an exact value, or one that matches as an (unanchored) regular expression. */
function matchName(patterns: string[], name: string): boolean {
  return patterns.some((p) => {
    if (p === name) return true;
    try {
      return new RegExp(p).test(name);
    } catch {
      return false;
    }
  });
}

/** combinedStatus: "state(n)" for each state, sorted, comma-joined. */
function combinedStatus(states: string[]): string {
  const counts = new Map<string, number>();
  for (const s of states) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.keys()].sort().map((s) => `${s}(${counts.get(s)})`).join(', ');
}

function combinedConfigFiles(containers: ContainerRecord[]): string {
  const files: string[] = [];
  for (const c of containers) {
    for (const f of (c.config.Labels?.[LABELS.configFiles] ?? '').split(',')) if (!files.includes(f)) files.push(f);
  }
  return files.join(',');
}

function stacks(ctx: CommandContext, all: boolean): Stack[] {
  ctx.engine.tick();
  const byProject = new Map<string, ContainerRecord[]>();
  for (const c of Object.values(ctx.engine.state.containers)) {
    const labels = c.config.Labels ?? {};
    const project = labels[LABELS.project];
    if (project === undefined || labels[LABELS.configHash] === undefined) continue;
    if (!all && !['running', 'paused', 'restarting'].includes(c.state.status)) continue;
    byProject.set(project, [...(byProject.get(project) ?? []), c]);
  }
  return [...byProject.keys()].sort().map((name) => {
    const list = byProject.get(name) ?? [];
    return { name, status: combinedStatus(list.map((c) => c.state.status)), configFiles: combinedConfigFiles(list) };
  });
}

export function runLs(ctx: CommandContext, args: string[], flags: ParsedFlags): number {
  requireNoArgs(ctx, args);
  const filters = parseFilters(flagList(flags, 'filter'));
  let list = stacks(ctx, flagBool(flags, 'all'));
  const names = filters.get('name');
  if (names) list = list.filter((s) => matchName(names, s.name));
  if (flagBool(flags, 'quiet')) {
    ctx.stdout.write(list.map((s) => `${s.name}\n`).join(''));
    return 0;
  }
  const view = list.map((s) => goStruct('compose.stackView', { Name: s.name, Status: s.status, ConfigFiles: s.configFiles }));
  const rows = () => list.map((s) => [s.name, s.status, s.configFiles]);
  ctx.stdout.write(printList(view, flagString(flags, 'format', 'table'), ['NAME', 'STATUS', 'CONFIG FILES'], rows));
  return 0;
}
