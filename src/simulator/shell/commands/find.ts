// find [PATH...] [EXPR]: -name/-iname/-path globs, -type f|d|l, -maxdepth/-mindepth, -newer,
// -empty, ! and -o, -print, -exec CMD {} \; (or +); pre-order walk without following links.
import type { Stat } from '../../fs/types.ts';
import type { CommandContext } from '../command.ts';
import { globToRegExp } from '../glob.ts';
import { errText, progName, ql } from './util.ts';

interface Node {
  label: string;
  path: string;
  st: Stat;
  depth: number;
}

type Test = (n: Node) => boolean | Promise<boolean>;

interface Expr {
  /** OR of AND groups. */
  groups: Test[][];
  maxdepth: number;
  mindepth: number;
  hasAction: boolean;
  flush: (() => Promise<void>)[];
}

const TYPES: Record<string, Stat['kind']> = { f: 'file', d: 'dir', l: 'symlink' };

function baseName(label: string): string {
  const t = label.replace(/\/+$/, '');
  return t === '' ? '/' : t.slice(t.lastIndexOf('/') + 1);
}

function execTest(ctx: CommandContext, argv: string[], plus: boolean, e: Expr): Test {
  const run = (names: string[]) => ctx.shell.exec(argv.flatMap((a) => (a === '{}' ? names : [a.replaceAll('{}', names[0])])), ctx.io, ctx.env);
  if (!plus) return async (n) => (await run([n.label])) === 0;
  const batch: string[] = [];
  e.flush.push(async () => {
    if (batch.length > 0) await run(batch);
  });
  return (n) => {
    batch.push(n.label);
    return true;
  };
}

interface Cursor {
  args: string[];
  i: number;
}

function nextArg(ctx: CommandContext, c: Cursor): string {
  const a = c.args[c.i];
  if (c.i + 1 >= c.args.length) throw ctx.flavour === 'busybox' ? `${a} requires an argument` : `missing argument to \`${a}'`;
  return c.args[++c.i];
}

function globTest(ctx: CommandContext, c: Cursor, icase: boolean, whole: boolean): Test {
  const re = globToRegExp(nextArg(ctx, c));
  const rx = icase ? new RegExp(re.source, 'i') : re;
  return (n) => rx.test(whole ? n.label : baseName(n.label));
}

function newer(ctx: CommandContext, c: Cursor): Test {
  const ref = nextArg(ctx, c);
  let mtime: number;
  try {
    mtime = ctx.fs.stat(ctx.resolve(ref)).mtime;
  } catch (err) {
    throw ctx.flavour === 'busybox' ? `${ref}: ${errText(err)}` : `${ql(ctx, ref)}: ${errText(err)}`;
  }
  return (n) => n.st.mtime > mtime;
}

/** A test or action; throws the message for a bad one. */
function primary(ctx: CommandContext, c: Cursor, e: Expr): Test {
  const a = c.args[c.i];
  const busybox = ctx.flavour === 'busybox';
  if (a === '-name' || a === '-iname') return globTest(ctx, c, a === '-iname', false);
  if (a === '-path' || a === '-wholename' || a === '-ipath') return globTest(ctx, c, a === '-ipath', true);
  if (a === '-newer') return newer(ctx, c);
  if (a === '-empty') return (n) => (n.st.kind === 'dir' ? ctx.fs.readdir(n.path).length === 0 : n.st.kind === 'file' && n.st.size === 0);
  if (a === '-type') {
    const t = nextArg(ctx, c);
    if (!/^[fdlbcps]$/.test(t)) throw busybox ? `unrecognized: -type ${t}` : `Unknown argument to -type: ${t}`;
    return (n) => n.st.kind === TYPES[t];
  }
  if (a === '-print') {
    e.hasAction = true;
    return (n) => {
      ctx.io.stdout.write(`${n.label}\n`);
      return true;
    };
  }
  if (a === '-exec') {
    const end = c.args.findIndex((x, k) => k > c.i && (x === ';' || (x === '+' && c.args[k - 1] === '{}')));
    if (end === -1) throw busybox ? '-exec requires an argument' : "missing argument to `-exec'";
    e.hasAction = true;
    const test = execTest(ctx, c.args.slice(c.i + 1, end), c.args[end] === '+', e);
    c.i = end;
    return test;
  }
  throw busybox ? `unrecognized: ${a}` : `unknown predicate \`${a}'`;
}

/** The expression; throws the message for a bad one. */
function parse(ctx: CommandContext, args: string[]): Expr {
  const e: Expr = { groups: [[]], maxdepth: Infinity, mindepth: 0, hasAction: false, flush: [] };
  let negate = false;
  for (const c: Cursor = { args, i: 0 }; c.i < args.length; c.i++) {
    const a = args[c.i];
    if (a === '!' || a === '-not') negate = !negate;
    else if (a === '-o' || a === '-or') e.groups.push([]);
    else if (a === '-maxdepth' || a === '-mindepth') {
      const v = nextArg(ctx, c);
      if (!/^[0-9]+$/.test(v)) throw ctx.flavour === 'busybox' ? `invalid number '${v}'` : `Expected a positive decimal integer argument to ${a}, but got ${ql(ctx, v)}`;
      if (a === '-maxdepth') e.maxdepth = Number(v);
      else e.mindepth = Number(v);
    } else if (a !== '-a' && a !== '-and') {
      const t = primary(ctx, c, e);
      e.groups[e.groups.length - 1].push(negate ? async (n) => !(await t(n)) : t);
      negate = false;
    }
  }
  return e;
}

async function matches(e: Expr, n: Node): Promise<boolean> {
  for (const group of e.groups) {
    let ok = true;
    for (const t of group) if (!(await t(n))) {
      ok = false;
      break;
    }
    if (ok) return true;
  }
  return false;
}

async function walk(ctx: CommandContext, e: Expr, n: Node): Promise<boolean> {
  if (n.depth >= e.mindepth && (await matches(e, n)) && !e.hasAction) ctx.io.stdout.write(`${n.label}\n`);
  if (n.st.kind !== 'dir' || n.depth >= e.maxdepth) return true;
  let names: string[];
  try {
    names = ctx.fs.readdir(n.path);
  } catch (err) {
    ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${progName(ctx)}: ${n.label}: ${errText(err)}\n` : `${progName(ctx)}: ${ql(ctx, n.label)}: ${errText(err)}\n`);
    return false;
  }
  let ok = true;
  for (const name of names) {
    const path = n.path === '/' ? `/${name}` : `${n.path}/${name}`;
    const label = n.label.endsWith('/') ? `${n.label}${name}` : `${n.label}/${name}`;
    ok = (await walk(ctx, e, { label, path, st: ctx.fs.lstat(path), depth: n.depth + 1 })) && ok;
  }
  return ok;
}

export async function find(ctx: CommandContext): Promise<number> {
  const args = ctx.argv.slice(1);
  let k = args.findIndex((a) => a.startsWith('-') || a === '!' || a === '(');
  if (k === -1) k = args.length;
  const paths = k === 0 ? ['.'] : args.slice(0, k);
  const name = progName(ctx);
  let e: Expr;
  try {
    e = parse(ctx, args.slice(k));
  } catch (err) {
    if (typeof err !== 'string') throw err;
    ctx.io.stderr.write(`${name}: ${err}\n`);
    return 1;
  }
  let ok = true;
  for (const p of paths) {
    let st: Stat;
    try {
      st = ctx.fs.lstat(ctx.resolve(p));
    } catch (err) {
      ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: ${p}: ${errText(err)}\n` : `${name}: ${ql(ctx, p)}: ${errText(err)}\n`);
      ok = false;
      continue;
    }
    ok = (await walk(ctx, e, { label: p, path: ctx.resolve(p), st, depth: 0 })) && ok;
  }
  for (const f of e.flush) await f();
  return ok ? 0 : 1;
}
