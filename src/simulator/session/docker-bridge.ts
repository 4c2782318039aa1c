// `docker` as one of the host's programs: the shell's exec hands it argv, environment, working
// directory and streams, and this turns them into the CLI's CommandContext (outputs over the
// shell's sinks, the host's files, stdin, the waiter) and dispatches. The world is brought up to
// date before and after, so `docker run -d ... && docker logs ...` sees what the process printed.
import type { BaseContext } from '../cli/dispatch.ts';
import { dispatch } from '../cli/dispatch.ts';
import type { HostServices, Output } from '../cli/command.ts';
import type { Engine } from '../engine/engine.ts';
import { resolvePath } from '../fs/path.ts';
import type { Vfs } from '../fs/types.ts';
import type { ExternalRequest, Sink } from '../shell/context.ts';
import type { Collector } from './collector.ts';
import type { Waiter } from './waiter.ts';

export interface BridgeHost {
  engine: Engine;
  waiter: Waiter;
  /** The collector of the `run` in progress. */
  collector(): Collector | undefined;
  /** The host's files as the learner. */
  hostFs: Vfs;
  enterContainerShell: NonNullable<HostServices['enterContainerShell']>;
  /** Bring the world up to now; `changed`: a command may have scheduled something. */
  settle(changed?: boolean): Promise<void>;
}

function output(h: BridgeHost, sink: Sink): Output {
  return {
    write: (t) => sink.write(t),
    streamOnly: (t) => h.collector()?.oneSide('stream', () => sink.write(t)),
    resultOnly: (t) => {
      const c = h.collector();
      if (c) c.oneSide('result', () => sink.write(t));
      else sink.write(t);
    },
  };
}

/** One line of stdin: what is piped in, or what the learner types (Ctrl+C or Ctrl+D: no answer). */
function readLine(req: ExternalRequest): (() => Promise<string | undefined>) | undefined {
  const input = req.io.input ?? { rest: req.io.stdin };
  const terminal = req.io.terminal;
  if (input.rest === '' && !terminal) return undefined;
  return async () => {
    if (terminal) {
      const typed = await terminal.read('');
      return typed.kind === 'line' ? typed.text : undefined;
    }
    if (input.rest === '') return undefined;
    const i = input.rest.indexOf('\n');
    const line = i === -1 ? input.rest : input.rest.slice(0, i);
    input.rest = i === -1 ? '' : input.rest.slice(i + 1);
    return line;
  };
}

function services(h: BridgeHost, req: ExternalRequest): HostServices {
  const piped = req.io.stdin !== '';
  return {
    readFile(path) {
      try {
        return h.hostFs.readFile(resolvePath(req.cwd, path));
      } catch {
        return undefined;
      }
    },
    enterContainerShell: h.enterContainerShell,
    readLine: readLine(req),
    terminal: req.io.terminal,
    stdin: () => (piped ? req.io.stdin : undefined),
    hostFs: () => ({ fs: h.hostFs, cwd: req.cwd }),
    isTerminal: req.io.tty,
  };
}

/** Run `docker argv...` for the shell; returns its exit code. */
export async function runDocker(h: BridgeHost, req: ExternalRequest): Promise<number> {
  await h.settle();
  const ctx: BaseContext = {
    engine: h.engine,
    stdout: output(h, req.io.stdout),
    stderr: output(h, req.io.stderr),
    tty: (h.collector()?.tty ?? false) && req.io.tty,
    env: req.env,
    host: services(h, req),
    wait: async (ms) => ((await h.waiter.wait(ms)) === 'interrupted' ? 'interrupted' : 'elapsed'),
    waitForChange: (ms = Infinity) => h.waiter.wait(ms, true),
  };
  const code = await dispatch(req.argv.slice(1), ctx);
  await h.settle(true);
  return code;
}
