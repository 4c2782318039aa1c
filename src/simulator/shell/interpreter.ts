// Runs a parsed program: sequences, && || (with set -e), pipelines (stage after stage, stdout
// to stdin), simple commands with assignments and redirections, command substitution and
// functions. Every command takes a step from the budget; compound commands live in
// compound.ts, program lookup and exec in exec.ts.
import type { AndOr, Command, List, Pipeline, SimpleCommand } from './ast.ts';
import type { CommandIO, ShellHost } from './context.ts';
import { AbortLine, ExitSignal, ReturnSignal } from './errors.ts';
import { runCompound } from './compound.ts';
import { Expander, ExpansionError } from './expand.ts';
import { Budget, BufferSink } from './io.ts';
import { expansionText, prefix, redirectError, type Where } from './messages.ts';
import { applyRedirects, RedirectError } from './redirect.ts';
import { forkState, getVar, setVar, type ShellState } from './state.ts';
import { withDevices } from '../fs/devices.ts';
import { resolvePath } from '../fs/path.ts';
import type { Vfs } from '../fs/types.ts';
import { Executor } from './exec.ts';
import { parseOrReport } from './script.ts';

export class Interpreter {
  readonly host: ShellHost;
  readonly state: ShellState;
  readonly budget: Budget;
  readonly flavour: ShellHost['flavour'];
  /** The host's filesystem with /dev/null, as every command sees it. */
  readonly fs: Vfs;
  line = 1;
  readonly expander: Expander;
  private readonly executor: Executor;

  constructor(host: ShellHost, state: ShellState, budget: Budget, flavour = host.flavour) {
    this.host = host;
    this.state = state;
    this.budget = budget;
    this.flavour = flavour;
    this.fs = withDevices(host.fs, () => host.now());
    this.expander = new Expander({
      state,
      flavour,
      fs: this.fs,
      home: host.user.home,
      pid: host.pid,
      resolve: (p) => this.resolve(p),
      substitute: (source) => this.substitute(source),
    });
    this.executor = new Executor(this);
  }

  resolve(path: string): string {
    return resolvePath(this.state.cwd, path);
  }

  where(): Where {
    return { flavour: this.flavour, name: this.state.name, interactive: this.state.interactive, line: (this.state.lineBase ?? 0) + this.line };
  }

  /** A child interpreter sharing host and budget (subshell, command substitution, sh -c). */
  child(state: ShellState = forkState(this.state), flavour = this.flavour): Interpreter {
    return new Interpreter(this.host, state, this.budget, flavour);
  }

  /** Inside an if/while/until condition or a non-final part of && ||: `set -e` does not apply. */
  private conditionDepth = 0;

  async runList(list: List, io: CommandIO): Promise<number> {
    let status = this.state.lastExit;
    for (const item of list.items) {
      status = await this.runAndOr(item.andOr, io);
      this.state.lastExit = status;
    }
    return status;
  }

  /** Run a condition list (if, while, until): exempt from `set -e`. */
  async condition(list: List, io: CommandIO): Promise<number> {
    this.conditionDepth++;
    try {
      return await this.runList(list, io);
    } finally {
      this.conditionDepth--;
    }
  }

  private async runAndOr(ao: AndOr, io: CommandIO): Promise<number> {
    const parts = [ao.first, ...ao.rest.map((r) => r.pipeline)];
    let status = 0;
    let ranLast = false;
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) {
        this.state.lastExit = status;
        if ((ao.rest[i - 1].op === '&&') !== (status === 0)) continue;
      }
      const final = i === parts.length - 1;
      if (!final) this.conditionDepth++;
      try {
        status = await this.runPipeline(parts[i], io);
      } finally {
        if (!final) this.conditionDepth--;
      }
      ranLast = final;
    }
    // set -e: a failing command ends the shell, unless it was tested (if, while, && ||, !).
    if (this.state.errexit && status !== 0 && ranLast && this.conditionDepth === 0 && !parts[parts.length - 1].negate) throw new ExitSignal(status);
    return status;
  }

  private async runPipeline(p: Pipeline, io: CommandIO): Promise<number> {
    let stdin = io.stdin;
    let status = 0;
    for (let i = 0; i < p.commands.length; i++) {
      const last = i === p.commands.length - 1;
      const out = last ? io.stdout : new BufferSink(this.budget);
      const stageIo: CommandIO = { stdin, input: i === 0 ? io.input : { rest: stdin }, stdout: out, stderr: io.stderr, tty: last ? io.tty : false };
      if (i === 0 && io.terminal) stageIo.terminal = io.terminal;
      // In a pipeline each command runs in a subshell, as in bash: its variable changes are lost.
      const runner = p.commands.length > 1 ? this.child() : this;
      status = await runner.runCommand(p.commands[i], stageIo);
      if (!last) stdin = (out as BufferSink).text;
    }
    return p.negate ? (status === 0 ? 1 : 0) : status;
  }

  async runCommand(c: Command, io: CommandIO): Promise<number> {
    this.budget.step();
    if (c.type === 'simple') return this.runSimple(c, io);
    let inner: CommandIO;
    try {
      inner = await this.redirect(c.redirects, io);
    } catch (e) {
      return this.redirectFailed(e, io);
    }
    return runCompound(this, c, inner);
  }

  /** How many loops enclose the running command (for break and continue). */
  loopDepth = 0;

  /** Run in this (child) shell; `exit` ends only it. */
  async runIsolated(list: List, io: CommandIO): Promise<number> {
    try {
      return await this.runList(list, io);
    } catch (e) {
      if (e instanceof ExitSignal) return e.code;
      throw e;
    }
  }

  private async substitute(source: string): Promise<string> {
    const out = new BufferSink(this.budget);
    const sub = this.child();
    const io: CommandIO = { stdin: '', stdout: out, stderr: this.currentStderr ?? new BufferSink(this.budget), tty: false };
    // A syntax error inside $( ) or backquotes is reported when it runs; the substitution is empty.
    const parsed = parseOrReport(sub, source, io);
    this.state.lastExit = parsed ? await sub.runIsolated(parsed.list, io) : 2;
    return out.text;
  }

  private currentStderr: CommandIO['stderr'] | null = null;

  private async runSimple(c: SimpleCommand, io: CommandIO): Promise<number> {
    this.line = c.line;
    this.currentStderr = io.stderr;
    const argv = await this.expandOrFail(() => this.expander.words(c.words), io);
    if (argv === null) return 1;
    const assigned: Record<string, string> = {};
    for (const a of c.assigns) {
      const v = await this.expandOrFail(() => this.expander.string(a.value), io);
      if (v === null) return 1;
      assigned[a.name] = v;
    }
    let cmdIo: CommandIO;
    try {
      cmdIo = await this.redirect(c.redirects, io);
    } catch (e) {
      return this.redirectFailed(e, io);
    }
    if (argv.length === 0) {
      for (const [k, v] of Object.entries(assigned)) setVar(this.state, k, v);
      return c.words.length > 0 || c.assigns.some((a) => a.value.parts.some((p) => p.type === 'cmdsub')) ? this.state.lastExit : 0;
    }
    return this.executor.exec(argv, cmdIo, assigned);
  }

  private redirect(redirects: SimpleCommand['redirects'], io: CommandIO): Promise<CommandIO> {
    if (redirects.length === 0) return Promise.resolve(io);
    return applyRedirects(redirects, io, {
      fs: this.fs,
      budget: this.budget,
      resolve: (p) => this.resolve(p),
      expand: (r) => this.expander.string(r.target),
      expandHeredoc: (body) => this.expander.heredoc(body),
    });
  }

  private redirectFailed(e: unknown, io: CommandIO): number {
    if (e instanceof ExpansionError) return this.expansionFailed(e, io);
    if (!(e instanceof RedirectError)) throw e;
    io.stderr.write(redirectError(this.where(), e.path, e.code, e.forWrite));
    return this.flavour === 'dash' ? 2 : 1;
  }

  async expandOrFail<T>(f: () => Promise<T>, io: CommandIO): Promise<T | null> {
    try {
      return await f();
    } catch (e) {
      if (e instanceof ExpansionError) {
        this.expansionFailed(e, io);
        return null;
      }
      throw e;
    }
  }

  private expansionFailed(e: ExpansionError, io: CommandIO): number {
    io.stderr.write(`${prefix(this.where())}${expansionText(this.flavour, e)}\n`);
    // A failed expansion abandons the command line; a non-interactive shell exits.
    const code = this.flavour !== 'bash' ? 2 : e.fatal ? 127 : 1;
    if (this.state.interactive) throw new AbortLine(e.fatal ? code : 1);
    throw new ExitSignal(code);
  }

  /** Call a shell function: its own positional parameters; `return` ends it. */
  async callFunction(body: Command, argv: string[], io: CommandIO): Promise<number> {
    const saved = this.state.args;
    this.state.args = argv.slice(1);
    try {
      return await this.runCommand(body, io);
    } catch (e) {
      if (e instanceof ReturnSignal) return e.code;
      throw e;
    } finally {
      this.state.args = saved;
    }
  }

  /** exec argv directly (no shell syntax): PATH search, then the program. */
  execArgv(argv: string[], io: CommandIO): Promise<number> {
    return this.executor.execProgram(argv, io, { ...this.state.env });
  }

  findProgram(name: string): string | null {
    return this.executor.findProgram(name);
  }

  getVar(name: string): string | undefined {
    return getVar(this.state, name);
  }
}
