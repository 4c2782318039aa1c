// From argv to a running program, as the shell's exec does: builtins first, then a path given
// with a slash or a PATH search in the filesystem (a program the image lacks is "not found"),
// scripts by their #! line, implemented commands by name, and the host's programs last.
import { isFsError } from '../fs/errors.ts';
import { basename } from '../fs/path.ts';
import type { CommandContext, CommandFn, ShellApi } from './command.ts';
import { BUILTINS, COMMANDS } from './commands/index.ts';
import type { CommandIO, Flavour } from './context.ts';
import { LimitReached } from './errors.ts';
import type { Interpreter } from './interpreter.ts';
import { execError, notFound } from './messages.ts';
import { parseOrReport, runSource } from './script.ts';
import { bashEnvOrder, newState, startShell } from './state.ts';

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const ELF = '\x7fELF';

export class Executor {
  private readonly sh: Interpreter;
  readonly api: ShellApi;

  constructor(sh: Interpreter) {
    this.sh = sh;
    this.api = {
      state: sh.state,
      where: () => sh.where(),
      runChild: (o) => this.runChild(o),
      wait: async (ms) => {
        if (!sh.host.wait) return;
        if ((await sh.host.wait(ms)) === 'interrupted') throw new LimitReached('interrupt');
        if (sh.host.waitsSuspend && ms > 0) sh.budget.resetSteps();
      },
      isBuiltin: (name) => Object.hasOwn(BUILTINS, name),
      findProgram: (name) => this.findProgram(name),
      flavourOf: (path) => this.flavourOf(path),
      loopDepth: () => sh.loopDepth,
      evaluate: async (source, io) => {
        const parsed = parseOrReport(sh, source, io);
        return parsed ? sh.runList(parsed.list, io) : 2;
      },
      exec: (argv, io, env) => this.execProgram(argv, io, env),
    };
  }

  private context(argv: string[], io: CommandIO, env: Record<string, string>): CommandContext {
    const sh = this.sh;
    return { argv, io, fs: sh.fs, cwd: sh.state.cwd, env, host: sh.host, flavour: sh.flavour, resolve: (p) => sh.resolve(p), shell: this.api };
  }

  async exec(argv: string[], io: CommandIO, assigned: Record<string, string>): Promise<number> {
    const name = argv[0];
    const env = { ...this.sh.state.env, ...assigned };
    const fn = Object.hasOwn(this.sh.state.functions, name) ? this.sh.state.functions[name] : undefined;
    if (fn) return this.sh.callFunction(fn, argv, io);
    if (Object.hasOwn(BUILTINS, name)) return BUILTINS[name](this.context(argv, io, env));
    return this.execProgram(argv, io, env);
  }

  async execProgram(argv: string[], io: CommandIO, env: Record<string, string>): Promise<number> {
    const name = argv[0];
    let path: string | null;
    if (name.includes('/')) {
      const problem = this.checkPath(name);
      if (problem) {
        io.stderr.write(execError(this.sh.where(), name, problem));
        return problem === 'ENOENT' ? 127 : 126;
      }
      path = this.sh.resolve(name);
    } else path = this.findProgram(name);
    if (path === null) {
      io.stderr.write(notFound(this.sh.where(), name));
      return 127;
    }
    return this.run(path, argv, io, env);
  }

  private checkPath(name: string): 'ENOENT' | 'EISDIR' | 'EACCES' | null {
    try {
      const st = this.sh.fs.stat(this.sh.resolve(name));
      if (st.kind === 'dir') return 'EISDIR';
      return (st.mode & 0o111) === 0 ? 'EACCES' : null;
    } catch (e) {
      if (isFsError(e, 'EACCES')) return 'EACCES';
      return 'ENOENT';
    }
  }

  findProgram(name: string): string | null {
    const hooked = this.sh.host.findProgram?.(name);
    if (hooked !== undefined) return hooked;
    const fs = this.sh.fs;
    for (const dir of (this.sh.getVar('PATH') ?? DEFAULT_PATH).split(':')) {
      const p = `${dir === '' ? '.' : dir}/${name}`;
      // exists() first: a miss is the common case, and a thrown error costs a stack trace.
      if (!fs.exists(this.sh.resolve(p))) continue;
      try {
        const st = fs.stat(this.sh.resolve(p));
        if (st.kind === 'file' && (st.mode & 0o111) !== 0) return p;
      } catch {
        // not in this directory
      }
    }
    return null;
  }

  private async run(path: string, argv: string[], io: CommandIO, env: Record<string, string>): Promise<number> {
    const fs = this.sh.fs;
    let data = ELF;
    let real = path;
    try {
      real = fs.realpath(this.sh.resolve(path));
      data = fs.readFile(real);
    } catch {
      // a program the host provides without a file
    }
    if (!data.startsWith(ELF)) return this.script(data, argv, io, env);
    if (this.sh.flavour === 'bash') {
      // bash passes the program's path in $_ (the last line `env` prints), in its table's order.
      env = bashEnvOrder({ ...env, _: path });
    }
    const name = basename(argv[0]);
    const impl: CommandFn | undefined = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (impl) return impl(this.context([name === argv[0] ? name : argv[0], ...argv.slice(1)], io, env));
    const sh = (command: string, shIo: CommandIO, shEnv: Record<string, string>) => this.runChild({ source: command, flavour: this.flavourOf('/bin/sh'), name: 'sh', args: [], io: shIo, env: shEnv, command: true });
    const external = await this.sh.host.external?.({ name, argv, env, cwd: this.sh.state.cwd, io, sh });
    if (external !== undefined) return external;
    io.stderr.write(`${name}: this program is not simulated in Dockyard\n`);
    return 126;
  }

  /** A text file run as a program: its #! line picks the shell (bash, dash, busybox sh). */
  private script(source: string, argv: string[], io: CommandIO, env: Record<string, string>): Promise<number> {
    const first = source.startsWith('#!') ? source.slice(2).split('\n')[0].trim().split(/\s+/)[0] ?? '' : '';
    const flavour = first ? this.flavourOf(first) : this.sh.flavour;
    return this.runChild({ source, flavour, name: argv[0], args: argv.slice(1), io, env });
  }

  /** Which shell a path runs: bash, dash, or busybox (sh on alpine is a link to it). */
  flavourOf(path: string): Flavour {
    let real = path;
    try {
      real = this.sh.fs.realpath(path);
    } catch {
      // keep the name
    }
    const base = basename(real);
    if (base === 'bash') return 'bash';
    if (base === 'dash') return 'dash';
    if (base === 'busybox' || base === 'ash') return 'busybox';
    return this.sh.flavour;
  }

  async runChild(o: { source: string; flavour: Flavour; name: string; args: string[]; io: CommandIO; env?: Record<string, string>; interactive?: boolean; command?: boolean }): Promise<number> {
    const parent = this.sh.state;
    const env = { ...(o.env ?? parent.env) };
    delete env._;
    const state = startShell(newState({ env, cwd: parent.cwd, name: o.name, args: o.args, history: parent.history, interactive: o.interactive ?? false }), o.flavour === 'bash');
    // busybox ash counts the lines of a -c string from 0 in its messages ("sh: cd: line 0: ...").
    if (o.flavour === 'busybox' && o.command) state.lineBase = -1;
    return runSource(this.sh.child(state, o.flavour), o.source, o.io);
  }
}
