// ls [-a -A -l -h -R -1 -d -r -t -S -C]: file operands first, then each directory (with a
// "dir:" header when several or -R), "total" in long format, columns on a terminal and one name
// per line otherwise, names needing it shell-quoted on a terminal, as GNU ls 9 does.
import type { Stat } from '../../fs/types.ts';
import type { CommandContext } from '../command.ts';
import { blocks, busyboxColumns, busyboxHuman, gnuColumns, humanSize, longLines, type Item } from './ls-format.ts';
import { badOption, errText, lines, parseOptions, progName, qa } from './util.ts';

type Opts = Set<string>;

export function idNames(ctx: CommandContext, file: string): Map<number, string> {
  const map = new Map<number, string>();
  try {
    for (const l of lines(ctx.fs.readFile(file))) {
      const f = l.split(':');
      if (!map.has(Number(f[2]))) map.set(Number(f[2]), f[0]);
    }
  } catch {
    // no such file: numbers are shown
  }
  return map;
}

const SAFE = /^[A-Za-z0-9._\-+,:@%/=^~]+$/;

export function quote(name: string): string {
  if (SAFE.test(name)) return name;
  if (!name.includes("'")) return `'${name}'`;
  return `"${name.replace(/(["\\$`])/g, '\\$1')}"`;
}

export function ls(ctx: CommandContext): number {
  const parsed = parseOptions(ctx.argv.slice(1), { flags: 'aAlhR1drtSCFgon', long: { all: 'a', 'almost-all': 'A', 'human-readable': 'h', recursive: 'R', directory: 'd', reverse: 'r', color: 'Z', colour: 'Z' } });
  if ('error' in parsed) return badOption(ctx, parsed.error, 2);
  const o = parsed.flags;
  const long = o.has('l') || o.has('g') || o.has('o') || o.has('n');
  const busybox = ctx.flavour === 'busybox';
  const name = progName(ctx);
  const users = idNames(ctx, '/etc/passwd');
  const groups = idNames(ctx, '/etc/group');
  const who = (map: Map<number, string>, id: number, self: string) => (o.has('n') ? String(id) : map.get(id) ?? (id === ctx.host.user.uid && map.size === 0 ? self : String(id)));
  const item = (label: string, st: Stat): Item => ({ name: label, stat: st, owner: who(users, st.uid, ctx.host.user.name), group: who(groups, st.gid, ctx.host.user.name) });
  const now = ctx.host.now();
  let status = 0;
  const out: string[] = [];

  const sortItems = (items: Item[]) => {
    items.sort((a, b) => {
      if (o.has('t') && a.stat.mtime !== b.stat.mtime) return b.stat.mtime - a.stat.mtime;
      if (o.has('S') && a.stat.size !== b.stat.size) return b.stat.size - a.stat.size;
      return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
    if (o.has('r')) items.reverse();
    return items;
  };

  const render = (items: Item[], total: boolean): string => {
    const quoted = ctx.io.tty && !busybox ? items.map((it) => quote(it.name)) : items.map((it) => it.name);
    const pad = quoted.some((q, i) => q !== items[i].name && q.startsWith("'")) ? quoted.map((q, i) => (q === items[i].name ? ` ${q}` : q)) : quoted;
    let text = '';
    if (total && long) {
      const sum = items.reduce((s, it) => s + blocks(it.stat), 0);
      if (busybox) text += o.has('h') ? `total ${busyboxHuman(sum * 1024, true).padEnd(7)}\n` : `total ${sum}\n`;
      else text += `total ${o.has('h') && sum > 0 ? humanSize(sum * 1024, false) : sum}\n`;
    }
    if (long) {
      const rows = longLines(items, now, o.has('h'), busybox, pad);
      return text + rows.map((r) => `${r}\n`).join('');
    }
    if (!ctx.io.tty || o.has('1')) return text + pad.map((n) => `${n}\n`).join('');
    const widthEnv = Number(ctx.env.COLUMNS);
    const lineLength = Number.isInteger(widthEnv) && widthEnv > 0 ? widthEnv : 80;
    return text + (busybox ? busyboxColumns(pad, lineLength) : gnuColumns(pad, lineLength));
  };

  const listDir = (label: string, path: string, header: boolean) => {
    let names: string[];
    try {
      names = ctx.fs.readdir(path);
    } catch (e) {
      out.push(busybox ? '' : '');
      ctx.io.stderr.write(busybox ? `${name}: ${label}: ${errText(e)}\n` : `${name}: cannot open directory ${qa(label)}: ${errText(e)}\n`);
      status = 2;
      return;
    }
    if (o.has('a')) names = ['.', '..', ...names];
    else if (!o.has('A')) names = names.filter((n) => !n.startsWith('.'));
    const base = path === '/' ? '' : path;
    const items = sortItems(names.map((n) => item(n, n === '.' ? ctx.fs.stat(path) : n === '..' ? ctx.fs.stat(`${base}/..`) : ctx.fs.lstat(`${base}/${n}`))));
    out.push(`${header ? `${label}:\n` : ''}${render(items, true)}`);
    if (!o.has('R')) return;
    for (const it of items) {
      if (it.stat.kind !== 'dir' || it.name === '.' || it.name === '..') continue;
      listDir(`${label.endsWith('/') ? label : `${label}/`}${it.name}`, `${base}/${it.name}`, true);
    }
  };

  const operands = parsed.operands.length > 0 ? parsed.operands : ['.'];
  const files: Item[] = [];
  const dirs: { label: string; path: string }[] = [];
  for (const op of operands) {
    const path = ctx.resolve(op);
    let st: Stat;
    try {
      st = ctx.fs.lstat(path);
      if (st.kind === 'symlink' && !long && !o.has('d')) st = ctx.fs.stat(path);
    } catch (e) {
      ctx.io.stderr.write(busybox ? `${name}: ${op}: ${errText(e)}\n` : `${name}: cannot access ${qa(op)}: ${errText(e)}\n`);
      status = busybox ? 1 : 2;
      continue;
    }
    if (st.kind === 'dir' && !o.has('d')) dirs.push({ label: op, path });
    else files.push(item(op, st));
  }
  if (files.length > 0) out.push(render(sortItems(files), false));
  const headers = operands.length > 1 || o.has('R');
  dirs.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  if (o.has('r')) dirs.reverse();
  for (const d of dirs) listDir(d.label, d.path, headers);
  ctx.io.stdout.write(out.filter((s) => s !== '').join('\n'));
  return status;
}
