// Help text laid out as docker/cli's cobra usage template and pflag's FlagUsagesWrapped (wrapped
// for an 80-column terminal, as the CLI does when it cannot read the window size).
import type { CommandSpec, GroupSpec } from './command.ts';
import type { FlagSpec } from './flags.ts';

const WRAP_COLUMNS = 79;

function typeLabel(flag: FlagSpec): string {
  if (flag.typeLabel !== undefined) return flag.typeLabel;
  switch (flag.type) {
    case 'bool':
      return '';
    case 'list':
      return 'list';
    default:
      return flag.type;
  }
}

/** pflag's wrapN: split `s` at the last space before column i (allowing `slop` overflow). */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const w = Math.max(s.lastIndexOf(' ', i - 1), s.lastIndexOf('\t', i - 1), s.lastIndexOf('\n', i - 1));
  if (w <= 0) return [s, ''];
  const nl = s.lastIndexOf('\n', i - 1);
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag's wrap: text `s` starting at column `indent`, lines at most `width` wide. */
function wrap(indent: number, width: number, s: string): string {
  let i = indent;
  let room = width - i;
  let out = '';
  if (room < 24) {
    i = 16;
    room = width - i;
    out += '\n' + ' '.repeat(i);
  }
  if (room < 24) return s.replaceAll('\n', out);
  const slop = 5;
  room -= slop;
  const pad = '\n' + ' '.repeat(i);
  let [line, rest] = wrapN(room, slop, s);
  out += line.replaceAll('\n', pad);
  while (rest !== '') {
    [line, rest] = wrapN(room, slop, rest);
    out += pad + line.replaceAll('\n', pad);
  }
  return out;
}

export function flagUsages(flags: FlagSpec[]): string {
  const visible = flags.filter((f) => !f.hidden);
  const rows = visible.map((f) => {
    let left = f.short ? `  -${f.short}, --${f.name}` : `      --${f.name}`;
    const label = typeLabel(f);
    if (label) left += ` ${label}`;
    let usage = f.usage;
    if (f.defaultText !== undefined) usage += ` (default ${f.defaultText})`;
    if (f.deprecated) usage += ` (DEPRECATED: ${f.deprecated})`;
    return { left, usage };
  });
  const maxlen = Math.max(0, ...rows.map((r) => r.left.length + 1));
  return rows
    // pflag: line[:sidx], spacing (maxlen - sidx), wrapped usage, joined by Println's spaces.
    .map((r) => `${r.left} ${' '.repeat(maxlen - r.left.length)} ${wrap(maxlen + 2, WRAP_COLUMNS, r.usage)}`)
    .join('\n');
}

/** `Usage:  docker container rm [OPTIONS] CONTAINER [CONTAINER...]` (cobra's UseLine). */
export function useLine(parentPath: string, spec: CommandSpec): string {
  return `${parentPath} ${spec.use}`;
}

/** A management command's UseLine (DisableFlagsInUseLine): `docker container`, `docker volume COMMAND`. */
export function groupUseLine(group: GroupSpec): string {
  return `docker ${group.use ?? group.name}`;
}

/** cli/required.go: the messages of NoArgs, RequiresMinArgs, RequiresMaxArgs, RequiresRangeArgs, ExactArgs. */
export function argsError(path: string, spec: CommandSpec, parentPath: string, n: number): string | undefined {
  const { min, max } = spec.args ?? {};
  const use = useLine(parentPath, spec);
  const plural = (k: number) => (k === 1 ? 'argument' : 'arguments');
  const tail = `\n\nUsage:  ${use}\n\nRun '${path} --help' for more information`;
  if (min !== undefined && max !== undefined && min === max) {
    if (n === min) return undefined;
    return max === 0 ? `docker: '${path}' accepts no arguments${tail}` : `docker: '${path}' requires ${min} ${plural(min)}${tail}`;
  }
  if (min !== undefined && max !== undefined && (n < min || n > max)) {
    return `docker: '${path}' requires at least ${min} and at most ${max} ${plural(max)}${tail}`;
  }
  if (min !== undefined && n < min) {
    // RequiresMinArgs alone says "See", not "Run".
    return `docker: '${path}' requires at least ${min} ${plural(min)}\n\nUsage:  ${use}\n\nSee '${path} --help' for more information`;
  }
  if (max === 0 && n > 0) return `docker: '${path}' accepts no arguments${tail}`;
  if (max !== undefined && n > max) return `docker: '${path}' requires at most ${max} ${plural(max)}${tail}`;
  return undefined;
}

export function commandHelp(parentPath: string, spec: CommandSpec): string {
  const parts = [`Usage:  ${useLine(parentPath, spec)}`, '', (spec.long ?? spec.short).trim()];
  if (spec.aliasesLine) parts.push('', 'Aliases:', `  ${spec.aliasesLine}`);
  if (spec.example) parts.push('', 'Examples:', spec.example);
  if (spec.flags.some((f) => !f.hidden)) parts.push('', 'Options:', flagUsages(spec.flags).trimEnd());
  return parts.join('\n') + '\n';
}

function padName(name: string, width: number): string {
  return name.padEnd(width);
}

export function groupHelp(path: string, group: GroupSpec): string {
  const width = Math.max(11, ...group.commands.map((c) => c.name.length));
  const lines = [`Usage:  ${path} COMMAND`, '', group.short, ''];
  if (group.aliases?.length) lines.push('Aliases:', `  ${[path, ...group.aliases.map((a) => `docker ${a}`)].join(', ')}`, '');
  lines.push('Commands:');
  // cobra sorts subcommands by name (byte order).
  const sorted = [...group.commands].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const c of sorted) lines.push(`  ${padName(c.name, width)} ${c.short}`);
  lines.push('', `Run '${path} COMMAND --help' for more information on a command.`);
  return lines.join('\n') + '\n';
}
