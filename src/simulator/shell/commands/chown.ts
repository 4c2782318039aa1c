// chown [-R] OWNER[:GROUP] FILE..., chgrp [-R] GROUP FILE...: names from /etc/passwd and
// /etc/group or numeric ids; GNU's "invalid user: ‘x’" and "changing ownership of 'f'", or busybox's.
import type { CommandContext } from '../command.ts';
import { badOption, errText, lines, parseOptions, progName, qa, ql } from './util.ts';

/** The id for a name (or a number) in /etc/passwd or /etc/group; with the login group for users. */
function lookup(ctx: CommandContext, file: string, name: string): { id: number; gid: number } | undefined {
  let rows: string[][] = [];
  try {
    rows = lines(ctx.fs.readFile(file)).map((l) => l.split(':'));
  } catch {
    // no table: numbers only
  }
  const row = rows.find((f) => f[0] === name);
  if (row) return { id: Number(row[2]), gid: Number(row[3]) };
  if (/^[0-9]+$/.test(name)) return { id: Number(name), gid: Number(rows.find((f) => f[2] === name)?.[3] ?? -1) };
  return undefined;
}

type Ids = { uid?: number; gid?: number };

function parseSpec(ctx: CommandContext, spec: string, group: boolean): Ids | string {
  const busybox = ctx.flavour === 'busybox';
  if (group) {
    const g = lookup(ctx, '/etc/group', spec);
    return g ? { gid: g.id } : busybox ? `unknown group ${spec}` : `invalid group: ${ql(ctx, spec)}`;
  }
  const m = /^([^:.]*)(?:[:.](.*))?$/.exec(spec)!;
  const ids: Ids = {};
  if (m[1] !== '') {
    const u = lookup(ctx, '/etc/passwd', m[1]);
    if (!u) return busybox ? `unknown user ${m[1]}` : `invalid user: ${ql(ctx, spec)}`;
    ids.uid = u.id;
    if (m[2] === '' && u.gid >= 0) ids.gid = u.gid;
  }
  if (m[2]) {
    const g = lookup(ctx, '/etc/group', m[2]);
    if (!g) return busybox ? `unknown group ${m[2]}` : `invalid group: ${ql(ctx, spec)}`;
    ids.gid = g.id;
  }
  return ids;
}

function change(ctx: CommandContext, label: string, path: string, ids: Ids, recursive: boolean, group: boolean): boolean {
  const name = progName(ctx);
  const busybox = ctx.flavour === 'busybox';
  let st;
  try {
    st = ctx.fs.stat(path);
  } catch (e) {
    ctx.io.stderr.write(busybox ? `${name}: ${label}: ${errText(e)}\n` : `${name}: cannot access ${qa(label)}: ${errText(e)}\n`);
    return false;
  }
  let ok = true;
  const uid = ids.uid ?? st.uid;
  const gid = ids.gid ?? st.gid;
  try {
    if (uid !== st.uid || gid !== st.gid) ctx.fs.chown(path, uid, gid);
  } catch (e) {
    const what = group ? 'changing group of' : 'changing ownership of';
    ctx.io.stderr.write(busybox ? `${name}: ${label}: ${errText(e)}\n` : `${name}: ${what} ${qa(label)}: ${errText(e)}\n`);
    ok = false;
  }
  if (recursive && st.kind === 'dir') for (const n of ctx.fs.readdir(path)) ok = change(ctx, `${label.replace(/\/$/, '')}/${n}`, `${path}/${n}`, ids, true, group) && ok;
  return ok;
}

function run(ctx: CommandContext, group: boolean): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'RfvchHLP', long: { recursive: 'R', silent: 'f', quiet: 'f', verbose: 'v', changes: 'c' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const [spec, ...files] = opts.operands;
  if (spec === undefined) return badOption(ctx, 'missing operand');
  if (files.length === 0) return badOption(ctx, `missing operand after ${ql(ctx, spec)}`);
  const ids = parseSpec(ctx, spec, group);
  if (typeof ids === 'string') {
    ctx.io.stderr.write(`${progName(ctx)}: ${ids}\n`);
    return 1;
  }
  let ok = true;
  for (const f of files) ok = change(ctx, f, ctx.resolve(f), ids, opts.flags.has('R'), group) && ok;
  return ok ? 0 : 1;
}

export const chown = (ctx: CommandContext): number => run(ctx, false);
export const chgrp = (ctx: CommandContext): number => run(ctx, true);
