// `docker compose top` (docker/compose cmd/compose/top.go, pkg/compose/top.go): `ps -ef` in
// every running container of the project (one-offs included), sorted by container name, in
// one table: SERVICE, # (the replica number), the ps titles, CMD last; Go's tabwriter(4, 1, 2).
import { containerTop } from '../../../engine/containers/top.ts';
import { tabwrite } from '../../../util/format/tabwriter.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { LABELS } from '../../../compose/labels.ts';
import { toProjectName } from './project-name.ts';
import { projectContainers, serviceOf } from './project.ts';

type Entry = Record<string, string>;

/** collectTop: the columns in the order first met, each process one row ("-" where a title is missing). */
function collect(rows: { service: string; replica: string; titles: string[]; processes: string[][] }[]): { header: string[]; entries: Entry[] } {
  const header = ['SERVICE', '#'];
  const entries: Entry[] = [];
  for (const r of rows) {
    for (const proc of r.processes) {
      const entry: Entry = { SERVICE: r.service, '#': r.replica };
      r.titles.forEach((title, i) => {
        if (!header.includes(title)) header.push(title);
        entry[title] = proc[i];
      });
      entries.push(entry);
    }
  }
  const cmd = header.indexOf('CMD');
  if (cmd !== -1) header.push(...header.splice(cmd, 1));
  return { header, entries };
}

export async function runTop(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  const name = await toProjectName(ctx, flags);
  ctx.engine.tick();
  const containers = projectContainers(ctx.engine, name, { oneOff: 'include', all: false, services: args });
  const rows = containers.map((c) => {
    const top = containerTop(ctx.engine, c.id, '');
    return { service: serviceOf(c) || c.name, replica: c.config.Labels?.[LABELS.containerNumber] ?? '', titles: top.Titles, processes: top.Processes };
  });
  const { header, entries } = collect(rows);
  if (entries.length === 0) return 0;
  const lines = [header, ...entries.map((e) => header.map((h) => e[h] ?? '-'))];
  const text = lines.map((l) => `${l.join('\t')}\n`).join('');
  ctx.stdout.write(tabwrite(text, { minwidth: 4, tabwidth: 1, padding: 2, padchar: ' ', width: (s) => [...s].length }));
  return 0;
}
