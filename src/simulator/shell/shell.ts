// The shell a terminal talks to: one typed line at a time, more lines asked for (PS2) while a
// quote, a compound command or a here-document is open, history, nested shells (`bash` typed
// at the prompt), and every run bounded in steps and output. Also one-shot runs for
// `docker run image sh -c ...` and `docker exec`.
import type { List } from './ast.ts';
import type { CommandIO, Flavour, Limits, ShellHost } from './context.ts';
import { DEFAULT_LIMITS } from './context.ts';
import { AbortLine, ExitSignal, Incomplete, LimitReached } from './errors.ts';
import { Interpreter } from './interpreter.ts';
import { Budget, BufferSink } from './io.ts';
import { parse } from './parser.ts';
import { prompt, PS2 } from './prompt.ts';
import { parseOrReport } from './script.ts';
import { getVar, newState, startShell, type ShellState } from './state.ts';

export interface ShellResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The outermost shell ended (`exit`, or the end of a one-shot run). */
  exited: boolean;
}

interface Frame {
  state: ShellState;
  flavour: Flavour;
}

export interface ShellSnapshot {
  frames: Frame[];
  buffer: string;
}

/** Ask whether `source` is a complete command (false: the terminal should show PS2). */
export function isComplete(source: string): boolean {
  try {
    return parse(source).unterminatedHeredocs.length === 0;
  } catch (e) {
    return !(e instanceof Incomplete);
  }
}

function limitMessage(e: LimitReached, limits: Limits): string {
  if (e.kind === 'steps') return `\ndockyard: stopped after ${limits.maxSteps} steps (a loop that never ends?)\n`;
  if (e.kind === 'output') return `\ndockyard: output cut off after ${limits.maxOutput} bytes\n`;
  return '';
}

type Runner = (interp: Interpreter, list: List, io: CommandIO) => Promise<number>;
const runList: Runner = (interp, list, io) => interp.runList(list, io);

async function execute(host: ShellHost, frame: Frame, source: string, limits: Limits, budget: Budget, tty: boolean, run: Runner = runList, stdin = ''): Promise<{ stdout: string; stderr: string; code: number; exited: boolean }> {
  const stdout = new BufferSink(budget, (t) => host.onOutput?.(t, 'stdout'));
  const stderr = new BufferSink(budget, (t) => host.onOutput?.(t, 'stderr'));
  const io: CommandIO = { stdin, input: { rest: stdin }, stdout, stderr, tty };
  // Nothing piped in: the commands read the learner's terminal, if the host has one.
  if (stdin === '' && host.terminal) io.terminal = host.terminal;
  const interp = new Interpreter(host, frame.state, budget, frame.flavour);
  let code: number;
  let exited = false;
  try {
    const parsed = parseOrReport(interp, source, io);
    code = parsed ? await run(interp, parsed.list, io) : 2;
  } catch (e) {
    if (e instanceof ExitSignal) {
      code = e.code;
      exited = true;
    } else if (e instanceof AbortLine) {
      code = e.code;
    } else if (e instanceof LimitReached) {
      const msg = limitMessage(e, limits);
      stderr.text += msg;
      if (msg) host.onOutput?.(msg, 'stderr');
      code = 130;
    } else throw e;
  }
  frame.state.lastExit = code;
  return { stdout: stdout.text, stderr: stderr.text, code, exited };
}

export class Shell {
  private readonly host: ShellHost;
  private readonly frames: Frame[];
  private readonly limits: Limits;
  private buffer = '';
  private budget: Budget | null = null;
  private pendingShell: { flavour: Flavour; name: string } | null = null;

  constructor(host: ShellHost, state?: ShellState, limits: Limits = DEFAULT_LIMITS) {
    this.host = { ...host, enterShell: (flavour, name) => (this.pendingShell = { flavour, name }) };
    this.limits = limits;
    this.frames = [{ state: state ?? startShell(newState({ cwd: host.user.home, interactive: true }), host.flavour === 'bash'), flavour: host.flavour }];
  }

  private get top(): Frame {
    return this.frames[this.frames.length - 1];
  }

  get state(): ShellState {
    return this.top.state;
  }

  get prompt(): string {
    if (this.buffer !== '') return PS2;
    const s = this.top.state;
    return prompt({ flavour: this.top.flavour, user: this.host.user.name, uid: this.host.user.uid, hostname: this.host.hostname, cwd: s.cwd, home: getVar(s, 'HOME') });
  }

  /** Ctrl+C: stops the running command, or drops a half-typed one. */
  interrupt(): void {
    if (this.budget) this.budget.interrupted = true;
    this.buffer = '';
  }

  async run(line: string, tty = true): Promise<ShellResult> {
    const source = this.buffer + line;
    if (!isComplete(source)) {
      this.buffer = `${source}\n`;
      return { stdout: '', stderr: '', exitCode: this.state.lastExit, exited: false };
    }
    this.buffer = '';
    if (source.trim() !== '') this.state.history.push(source);
    this.budget = new Budget(this.limits.maxOutput, this.limits.maxSteps);
    const frame = this.top;
    const r = await execute(this.host, frame, source, this.limits, this.budget, tty);
    this.budget = null;
    // An interactive shell keeps counting lines across commands (dash prints "sh: 3: ...").
    frame.state.lineBase = (frame.state.lineBase ?? 0) + source.split('\n').length;
    let exited = false;
    if (r.exited) {
      if (this.frames.length === 1) exited = true;
      else {
        this.frames.pop();
        this.top.state.lastExit = r.code;
      }
    } else if (this.pendingShell) this.nest(this.pendingShell);
    this.pendingShell = null;
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.code, exited };
  }

  /** Ctrl+D at the prompt: the shell ends as with `exit` (bash says "exit"). */
  endOfInput(): ShellResult {
    this.buffer = '';
    const code = this.top.state.lastExit;
    const stderr = this.top.flavour === 'bash' ? 'exit\n' : '';
    if (this.frames.length > 1) {
      this.frames.pop();
      this.top.state.lastExit = code;
      return { stdout: '', stderr, exitCode: code, exited: false };
    }
    return { stdout: '', stderr, exitCode: code, exited: true };
  }

  /** Plain JSON for a snapshot: the stack of shells (nested `bash`) and a half-typed command. */
  snapshot(): ShellSnapshot {
    return structuredClone({ frames: this.frames, buffer: this.buffer });
  }

  static restore(host: ShellHost, snap: ShellSnapshot, limits: Limits = DEFAULT_LIMITS): Shell {
    const copy = structuredClone(snap);
    const sh = new Shell(host, copy.frames[0].state, limits);
    sh.frames.splice(0, sh.frames.length, ...copy.frames);
    sh.buffer = copy.buffer;
    return sh;
  }

  private nest(p: { flavour: Flavour; name: string }): void {
    const parent = this.top.state;
    const state = newState({ env: { ...parent.env }, cwd: parent.cwd, name: p.name, interactive: true, history: parent.history });
    this.frames.push({ state: startShell(state, p.flavour === 'bash'), flavour: p.flavour });
  }
}

/** A non-interactive run (`sh -c` as a container's command, `docker exec c sh -c ...`). */
export async function runOnce(host: ShellHost, source: string, init: Partial<ShellState> & { cwd: string }, limits: Limits = DEFAULT_LIMITS, tty = false): Promise<ShellResult> {
  const state = startShell(newState({ name: host.flavour === 'bash' ? 'bash' : 'sh', ...init, interactive: false }), host.flavour === 'bash');
  if (host.flavour === 'busybox' && state.lineBase === undefined) state.lineBase = -1;
  const budget = new Budget(limits.maxOutput, limits.maxSteps);
  const r = await execute(host, { state, flavour: host.flavour }, source, limits, budget, tty);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.code, exited: true };
}

/**
 * Run a program without a shell (`docker exec c ls /`, a container's exec-form CMD). Returns
 * null when `argv[0]` is not found, so the caller can print Docker's own "executable file not
 * found in $PATH" error. `stdin` is what `docker exec -i` pipes in.
 */
export async function runArgv(host: ShellHost, argv: string[], init: Partial<ShellState> & { cwd: string }, limits: Limits = DEFAULT_LIMITS, tty = false, stdin = ''): Promise<ShellResult | null> {
  const state = newState({ name: argv[0], ...init, interactive: false });
  const probe = new Interpreter(host, state, new Budget(limits.maxOutput, limits.maxSteps));
  if (!argv[0] || (!argv[0].includes('/') && probe.findProgram(argv[0]) === null)) return null;
  const budget = new Budget(limits.maxOutput, limits.maxSteps);
  const r = await execute(host, { state, flavour: host.flavour }, '', limits, budget, tty, (interp, _list, io) => interp.execArgv(argv, io), stdin);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.code, exited: true };
}
