// procps `ps` options as `docker top CONTAINER [ps OPTIONS]` passes them: SysV (-ef, -F, -j, -l,
// -o LIST, -C/-p/-u/-U selections), BSD (aux, ax, o LIST, h) and GNU long ones (--format LIST,
// --no-headers; --sort and width options are accepted and change nothing here).
import type { ProcessInfo } from './processes.ts';
import { col, customList, FORMATS, PsError, userName, type Column } from './top-ps.ts';

export interface PsRequest {
  columns: Column[];
  headers: boolean;
  /** The selection options (-C, -p, -u, -U; any of them) narrow the processes. */
  select: (p: ProcessInfo) => boolean;
}

interface State {
  style: Set<string>;
  custom?: Column[];
  headers: boolean;
  filters: ((p: ProcessInfo) => boolean)[];
}

const SYSV_NOOP = new Set(['e', 'A', 'a', 'd', 'H', 'w', 'y', 'M', 'Z']);
const BSD_NOOP = new Set(['e', 'w', 'c', 'f', 'g', 'r']);
const LONG_NOOP = new Set(['forest', 'headers', 'cumulative']);
const LONG_VALUED = new Set(['sort', 'cols', 'columns', 'width', 'rows', 'lines']);

function selection(letter: string, list: string): (p: ProcessInfo) => boolean {
  const items = list.split(/[ ,]+/).filter(Boolean);
  if (letter === 'p') return (p) => items.includes(String(p.pid));
  if (letter === 'C') return (p) => items.includes(p.cmd.split(' ')[0].split('/').pop()?.replace(/:$/, '') ?? '');
  return (p) => items.includes(userName(p.uid)) || items.includes(String(p.uid));
}

/** One SysV cluster (-ef, -o LIST, -p 1); returns how many following tokens it used. */
function sysv(s: State, tok: string, next: string | undefined): number {
  for (let j = 1; j < tok.length; j++) {
    const ch = tok[j];
    if ('oCpuU'.includes(ch)) {
      const value = tok.slice(j + 1) || next;
      if (value === undefined) throw new PsError(ch === 'o' ? 'error: format specification must follow -o' : `error: list of ${ch === 'C' ? 'command names' : ch === 'p' ? 'process IDs' : 'users'} must follow -${ch}`);
      if (ch === 'o') s.custom = [...(s.custom ?? []), ...customList(value)];
      else s.filters.push(selection(ch, value));
      return tok.slice(j + 1) ? 0 : 1;
    }
    if ('fFlj'.includes(ch)) s.style.add(ch);
    else if (!SYSV_NOOP.has(ch)) throw new PsError('error: unsupported SysV option');
  }
  return 0;
}

/** One BSD cluster (aux, ax, o LIST). */
function bsd(s: State, tok: string, next: string | undefined): number {
  for (let j = 0; j < tok.length; j++) {
    const ch = tok[j];
    if (ch === 'o') {
      const value = tok.slice(j + 1) || next;
      if (value === undefined) throw new PsError('error: format specification must follow o');
      s.custom = [...(s.custom ?? []), ...customList(value)];
      return tok.slice(j + 1) ? 0 : 1;
    }
    if (ch === 'u') s.style.add('u');
    else if (ch === 'a' || ch === 'x') s.style.add('x');
    else if (ch === 'h') s.headers = false;
    else if (!BSD_NOOP.has(ch)) throw new PsError('error: unsupported option (BSD syntax)');
  }
  return 0;
}

function gnu(s: State, tok: string, next: string | undefined): number {
  const eq = tok.indexOf('=');
  const name = eq === -1 ? tok.slice(2) : tok.slice(2, eq);
  const value = eq === -1 ? next : tok.slice(eq + 1);
  const used = eq === -1 ? 1 : 0;
  if (name === 'format') {
    if (value === undefined) throw new PsError('error: format specification must follow --format');
    s.custom = [...(s.custom ?? []), ...customList(value)];
    return used;
  }
  if (name === 'no-headers' || name === 'no-heading') s.headers = false;
  else if (LONG_VALUED.has(name)) return used;
  else if (!LONG_NOOP.has(name)) throw new PsError('error: unknown gnu long option');
  return 0;
}

function format(s: State): Column[] {
  if (s.custom) return s.custom;
  const has = (ch: string) => s.style.has(ch);
  const name = has('u') ? 'user' : has('l') ? (has('f') ? 'longFull' : 'long') : has('F') ? 'extra' : has('f') ? 'full' : has('j') ? 'jobs' : has('x') ? 'bsd' : 'default';
  return FORMATS[name].map(col);
}

/** ps's reading of `psArgs` (split on single spaces, as the daemon does). Throws PsError. */
export function parsePsArgs(psArgs: string): PsRequest {
  const tokens = psArgs.split(' ').filter(Boolean).map((t) => (t === '-aux' ? 'aux' : t));
  const s: State = { style: new Set(), headers: true, filters: [] };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const next = tokens[i + 1];
    if (tok.startsWith('--')) i += gnu(s, tok, next);
    else if (tok.startsWith('-')) i += sysv(s, tok, next);
    else i += bsd(s, tok, next);
  }
  return { columns: format(s), headers: s.headers, select: (p) => s.filters.length === 0 || s.filters.some((f) => f(p)) };
}
