// The learner's terminal session: the host prompt, one line at a time, `docker` as one of the
// host's programs, output streamed as produced and collected for the result.
import { dispatch } from '../cli/dispatch.ts';
import type { CommandContext, Output } from '../cli/command.ts';
import type { Engine } from '../engine/engine.ts';
import { InternalError } from '../errors/cli-error.ts';
import type { RunIO, RunResult, Stream } from '../types.ts';
import { Waiter } from './waiter.ts';
import { splitWords, UnterminatedQuote } from './words.ts';

export const HOST_USER = 'learner';
export const HOST_NAME = 'dockyard';
export const HOME = '/home/learner';

export interface SessionState {
  cwd: string;
  env: Record<string, string>;
  lastExit: number;
}

export function initialSession(): SessionState {
  return {
    cwd: HOME,
    env: {
      HOME,
      USER: HOST_USER,
      LOGNAME: HOST_USER,
      SHELL: '/bin/bash',
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      PWD: HOME,
      TERM: 'xterm-256color',
      LANG: 'C.UTF-8',
    },
    lastExit: 0,
  };
}

class Collector {
  stdout = '';
  stderr = '';
  private readonly io?: RunIO;
  constructor(io?: RunIO) {
    this.io = io;
  }
  output(stream: Stream): Output {
    return {
      write: (text) => {
        this.add(stream, text);
        this.io?.onOutput?.(text, stream);
      },
      streamOnly: (text) => this.io?.onOutput?.(text, stream),
      resultOnly: (text) => this.add(stream, text),
    };
  }
  private add(stream: Stream, text: string) {
    if (stream === 'stdout') this.stdout += text;
    else this.stderr += text;
  }
}

export class Session {
  readonly engine: Engine;
  readonly waiter: Waiter;
  state: SessionState;

  constructor(engine: Engine, waiter: Waiter, state: SessionState) {
    this.engine = engine;
    this.waiter = waiter;
    this.state = state;
  }

  get prompt(): string {
    const dir = this.state.cwd === HOME ? '~' : this.state.cwd.startsWith(`${HOME}/`) ? `~${this.state.cwd.slice(HOME.length)}` : this.state.cwd;
    return `${HOST_USER}@${HOST_NAME}:${dir}$ `;
  }

  async run(line: string, io?: RunIO): Promise<RunResult> {
    this.waiter.reset();
    this.engine.tick();
    const out = new Collector(io);
    let exitCode: number;
    try {
      exitCode = await this.runLine(line, out, io?.tty === true);
    } catch (e) {
      if (e instanceof InternalError || e instanceof Error) {
        out.output('stderr').write(`dockyard: internal error: ${e.message}\n`);
        exitCode = 1;
      } else throw e;
    }
    this.engine.tick();
    this.state.lastExit = exitCode;
    return { stdout: out.stdout, stderr: out.stderr, exitCode };
  }

  private async runLine(line: string, out: Collector, tty: boolean): Promise<number> {
    let words: string[];
    try {
      words = splitWords(line);
    } catch (e) {
      if (e instanceof UnterminatedQuote) {
        out.output('stderr').write(`bash: ${e.message}\n`);
        return 2;
      }
      throw e;
    }
    if (words.length === 0) return this.state.lastExit;
    const [cmd, ...args] = words;
    if (cmd === 'docker') return dispatch(args, this.dockerContext(out, tty));
    if (cmd === 'clear') {
      out.output('stdout').write('\x1b[H\x1b[2J\x1b[3J');
      return 0;
    }
    out.output('stderr').write(`${cmd}: command not found\n`);
    return 127;
  }

  private dockerContext(out: Collector, tty: boolean): Omit<CommandContext, 'path'> {
    return {
      engine: this.engine,
      stdout: out.output('stdout'),
      stderr: out.output('stderr'),
      tty,
      env: this.state.env,
      host: {},
      wait: async (ms) => ((await this.waiter.wait(ms)) === 'interrupted' ? 'interrupted' : 'elapsed'),
      waitForChange: (ms = Infinity) => this.waiter.wait(ms, true),
    };
  }
}
