// Identity and system facts: env (also `env VAR=x cmd`), printenv, hostname, whoami, id (names from the
// filesystem's /etc/passwd and /etc/group, as NSS would), uname.
import type { CommandContext } from '../command.ts';
import { lines, progName } from './util.ts';

export function env(ctx: CommandContext): number | Promise<number> {
  const args = ctx.argv.slice(1);
  let vars: Record<string, string> = { ...ctx.env };
  while (args.length > 0) {
    const a = args[0];
    if (a === '-i' || a === '-') vars = {};
    else if (a === '-u') {
      args.shift();
      delete vars[args[0] ?? ''];
    } else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) {
      const eq = a.indexOf('=');
      delete vars[a.slice(0, eq)];
      vars[a.slice(0, eq)] = a.slice(eq + 1);
    } else break;
    args.shift();
  }
  if (args.length === 0) {
    ctx.io.stdout.write(Object.entries(vars).map(([k, v]) => `${k}=${v}\n`).join(''));
    return 0;
  }
  return ctx.shell.exec(args, ctx.io, vars);
}

/** printenv: every variable, or the values of the named ones (status 1 when one is unset). */
export function printenv(ctx: CommandContext): number {
  const names = ctx.argv.slice(1);
  if (names.length === 0) {
    ctx.io.stdout.write(Object.entries(ctx.env).map(([k, v]) => `${k}=${v}\n`).join(''));
    return 0;
  }
  const found = names.filter((n) => Object.hasOwn(ctx.env, n));
  ctx.io.stdout.write(found.map((n) => `${ctx.env[n]}\n`).join(''));
  return found.length === names.length ? 0 : 1;
}

export function hostname(ctx: CommandContext): number {
  ctx.io.stdout.write(`${ctx.host.hostname}\n`);
  return 0;
}

interface Account {
  name: string;
  id: number;
  gid: number;
  members: string[];
}

function table(ctx: CommandContext, file: string): Account[] {
  try {
    return lines(ctx.fs.readFile(file)).map((l) => {
      const f = l.split(':');
      return { name: f[0], id: Number(f[2]), gid: Number(f[3]), members: (f[3] ?? '').split(',').filter((x) => x !== '') };
    });
  } catch {
    return [];
  }
}

function userName(ctx: CommandContext, uid: number): string | undefined {
  const users = table(ctx, '/etc/passwd');
  const hit = users.find((u) => u.id === uid);
  // Without a passwd file the host's own name stands in; with one, a uid not in it has no name.
  return hit?.name ?? (users.length === 0 && uid === ctx.host.user.uid ? ctx.host.user.name : undefined);
}

export function whoami(ctx: CommandContext): number {
  const name = userName(ctx, ctx.host.user.uid);
  if (name === undefined) {
    ctx.io.stderr.write(`${progName(ctx)}: cannot find name for user ID ${ctx.host.user.uid}\n`);
    return 1;
  }
  ctx.io.stdout.write(`${name}\n`);
  return 0;
}

/** `id NAME`: that account's ids from /etc/passwd instead of the process's. */
function namedUser(ctx: CommandContext, name: string): { uid: number; gid: number } | undefined {
  const row = lines(ctx.fs.exists('/etc/passwd') ? ctx.fs.readFile('/etc/passwd') : '').map((l) => l.split(':')).find((f) => f[0] === name || f[2] === name);
  return row ? { uid: Number(row[2]), gid: Number(row[3]) } : undefined;
}

export function id(ctx: CommandContext): number {
  const named = ctx.argv.slice(1).find((a) => !a.startsWith('-'));
  const who = named === undefined ? ctx.host.user : namedUser(ctx, named);
  if (!who) {
    ctx.io.stderr.write(ctx.flavour === 'busybox' ? `id: unknown user ${named}\n` : `id: '${named}': no such user\n`);
    return 1;
  }
  const { uid, gid } = who;
  const user = userName(ctx, uid);
  const groups = table(ctx, '/etc/group');
  const groupName = (g: number) => groups.find((x) => x.id === g)?.name ?? (g === gid && g === ctx.host.user.gid && groups.length === 0 ? ctx.host.user.name : undefined);
  const fmt = (n: number, name: string | undefined) => (name === undefined ? `${n}` : `${n}(${name})`);
  const member = groups.filter((g) => user !== undefined && g.members.includes(user)).map((g) => g.id);
  const flag = ctx.argv[1];
  if (flag === '-u') return out(ctx, flag, uid, user);
  if (flag === '-g') return out(ctx, flag, gid, groupName(gid));
  if (flag === '-un' || flag === '-nu') return out(ctx, '-n', uid, user ?? String(uid));
  if (flag === '-gn' || flag === '-ng') return out(ctx, '-n', gid, groupName(gid) ?? String(gid));
  // a named user's groups come from getgrouplist (primary group first), the process's from the kernel
  const list = ctx.flavour === 'busybox' && named === undefined ? member : [gid, ...member.filter((g) => g !== gid)];
  const tail = list.length > 0 ? ` groups=${list.map((g) => fmt(g, groupName(g))).join(',')}` : '';
  ctx.io.stdout.write(`uid=${fmt(uid, user)} gid=${fmt(gid, groupName(gid))}${tail}\n`);
  return 0;
}

function out(ctx: CommandContext, flag: string, n: number, name: string | undefined): number {
  ctx.io.stdout.write(`${flag === '-n' ? name : n}\n`);
  return 0;
}

export function uname(ctx: CommandContext): number {
  const k = ctx.host.kernel ?? { release: '6.8.0-60-generic', version: '#63-Ubuntu SMP PREEMPT_DYNAMIC Tue Apr 15 19:04:15 UTC 2025', machine: 'x86_64' };
  const os = ctx.flavour === 'busybox' ? 'Linux' : 'GNU/Linux';
  const fields: Record<string, string> = { s: 'Linux', n: ctx.host.hostname, r: k.release, v: k.version, m: k.machine, p: 'unknown', i: 'unknown', o: os };
  const letters = new Set<string>();
  for (const a of ctx.argv.slice(1)) {
    const long: Record<string, string> = { '--all': 'a', '--kernel-name': 's', '--nodename': 'n', '--kernel-release': 'r', '--machine': 'm', '--operating-system': 'o' };
    if (long[a]) letters.add(long[a]);
    else if (/^-[asnrvmpio]+$/.test(a)) for (const c of a.slice(1)) letters.add(c);
    else {
      ctx.io.stderr.write(`${progName(ctx)}: extra operand ${ctx.flavour === 'busybox' ? `'${a}'` : `'${a}'`}\nTry '${progName(ctx)} --help' for more information.\n`);
      return 1;
    }
  }
  const order = letters.has('a') ? ['s', 'n', 'r', 'v', 'm', 'o'] : ['s', 'n', 'r', 'v', 'm', 'p', 'i', 'o'].filter((c) => letters.has(c));
  ctx.io.stdout.write(`${(order.length > 0 ? order : ['s']).map((c) => fields[c]).join(' ')}\n`);
  return 0;
}
