// node and python running a script, as the shells' `external` hook (in a container and in a
// build's RUN step). Tiny on purpose (it is on the core path): it decides by argv whether this
// is a script run the model handles, then loads the model (./run.ts) on first use. Version
// flags and bare REPLs fall through to runtime/programs.ts.
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { Vfs } from '../../fs/types.ts';
import type { ContainerHostOptions } from '../../runtime/container-host.ts';
import type { ExternalRequest } from '../../shell/context.ts';

/** Where a script runs: its files and clock; in a container, the container its servers listen in. */
export interface ScriptHost {
  fs: Vfs;
  now(): number;
  /** Let time pass (a timer, time.sleep); a server waits with Infinity until it is stopped. */
  wait(ms: number): Promise<'elapsed' | 'interrupted'>;
  /** The container (absent in a build step, where nothing can connect). */
  engine?: Engine;
  container?: ContainerRecord;
  /** The container's main process: what it writes later (serving requests) goes to the container's log. */
  main?: boolean;
  uid: number;
}

export type ScriptProgram = (req: ExternalRequest) => Promise<number> | undefined;

const NODE = new Set(['node', 'nodejs']);
const VERSION = new Set(['-v', '--version', '-V', '-h', '--help', '-i']);

/** What the model runs: a script file or -e/-c code, a module (-m), flask/npm-free servers. */
export function isScriptRun(name: string, argv: string[]): boolean {
  const python = /^python(3(\.\d+)?)?$/.test(name);
  if (!NODE.has(name) && !python && name !== 'flask') return false;
  const first = argv[1];
  if (first === undefined) return false;
  if (VERSION.has(first)) return false;
  // http.server is engine/http/python-http.ts's when it is a container's main process.
  return !(python && first === '-m' && argv[2] === 'http.server');
}

export function scriptProgram(host: ScriptHost): ScriptProgram {
  return (req) => (isScriptRun(req.name, req.argv) ? import('./run.ts').then((m) => m.runScript(req, host)) : undefined);
}

export function containerScriptProgram(engine: Engine, c: ContainerRecord, fs: Vfs, o: ContainerHostOptions): ScriptProgram {
  return scriptProgram({ fs, now: o.now, wait: o.wait, engine, container: c, main: o.waitsSuspend === true, uid: o.user.uid });
}
