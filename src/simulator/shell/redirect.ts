// Redirections applied in order, as the shell opens them before exec: > >> >| < <> &> &>>
// n>&m, heredocs and here-strings. /dev/null, /dev/stdout and /dev/stderr are the shell's own,
// since the simulated /dev is empty.
import { isFsError } from '../fs/errors.ts';
import type { Vfs } from '../fs/types.ts';
import type { Redirect } from './ast.ts';
import type { CommandIO, Sink } from './context.ts';
import type { Budget } from './io.ts';
import { FuncSink } from './io.ts';

export class RedirectError extends Error {
  readonly path: string;
  readonly code: string;
  readonly forWrite: boolean;
  constructor(path: string, code: string, forWrite: boolean) {
    super(`${path}: ${code}`);
    this.path = path;
    this.code = code;
    this.forWrite = forWrite;
  }
}

export interface RedirectEnv {
  fs: Vfs;
  budget: Budget;
  resolve(path: string): string;
  expand(r: Redirect): Promise<string>;
  expandHeredoc(body: string): Promise<string>;
}

const NULL_SINK: Sink = { write: () => {} };

function fileSink(env: RedirectEnv, target: string, append: boolean): Sink {
  if (target === '/dev/null') return NULL_SINK;
  const path = env.resolve(target);
  try {
    if (env.fs.exists(path) && env.fs.stat(path).kind === 'dir') throw new RedirectError(target, 'EISDIR', true);
    // Opening for append checks writability too (EROFS, EACCES) even when nothing is written.
    env.fs.writeFile(path, '', { append });
  } catch (e) {
    if (isFsError(e)) throw new RedirectError(target, e.code, true);
    throw e;
  }
  return new FuncSink((text) => {
    env.budget.charge(text.length);
    try {
      env.fs.writeFile(path, text, { append: true });
    } catch {
      // The file went away or became read-only mid-write: the bytes are lost, as with EIO.
    }
  });
}

export async function applyRedirects(redirects: Redirect[], io: CommandIO, env: RedirectEnv): Promise<CommandIO> {
  const fds: Sink[] = [NULL_SINK, io.stdout, io.stderr];
  let stdin = io.stdin;
  let tty = io.tty;
  let terminal = io.terminal;
  for (const r of redirects) {
    const fd = r.fd ?? (r.op.startsWith('<') ? 0 : 1);
    if (fd === 0) terminal = undefined;
    if (r.op === '<<' || r.op === '<<-') {
      stdin = r.heredoc ? (r.heredoc.expand ? await env.expandHeredoc(r.heredoc.body) : r.heredoc.body) : '';
      continue;
    }
    const target = await env.expand(r);
    if (r.op === '<<<') stdin = `${target}\n`;
    else if (r.op === '<' || r.op === '<>') {
      if (fd !== 0) continue;
      stdin = readInput(env, target);
    } else if ((r.op === '>&' || r.op === '<&') && /^\d+$/.test(target)) {
      const src = fds[Number(target)];
      if (fd <= 2 && src) fds[fd] = src;
      if (fd === 1) tty = false;
    } else if (r.op === '>&' && target === '-') {
      if (fd <= 2) fds[fd] = NULL_SINK;
    } else if (r.op === '&>' || r.op === '&>>' || r.op === '>&') {
      const sink = fileSink(env, target, r.op === '&>>');
      fds[1] = sink;
      fds[2] = sink;
      tty = false;
    } else if (fd === 1 || fd === 2) {
      const sink = target === '/dev/stdout' ? fds[1] : target === '/dev/stderr' ? fds[2] : fileSink(env, target, r.op === '>>');
      fds[fd] = sink;
      if (fd === 1) tty = false;
    } else fileSink(env, target, r.op === '>>');
  }
  const input = stdin === io.stdin ? io.input : { rest: stdin };
  const out: CommandIO = { stdin, input, stdout: fds[1], stderr: fds[2], tty };
  if (terminal) out.terminal = terminal;
  return out;
}

function readInput(env: RedirectEnv, target: string): string {
  if (target === '/dev/null') return '';
  try {
    return env.fs.readFile(env.resolve(target));
  } catch (e) {
    if (isFsError(e)) throw new RedirectError(target, e.code, false);
    throw e;
  }
}
