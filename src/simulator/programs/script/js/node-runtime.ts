// One running node process of the model: the script's globals (console, process, timers,
// require), the step budget, the timers and servers its event loop waits on, and what it
// writes. node.ts drives it; the modules (node-modules.ts, express.ts, node-http.ts) use it.
import type { Vfs } from '../../../fs/types.ts';
import type { At } from './ast.ts';
import { format, inspect } from './inspect.ts';
import { Interp, Scope, type JsHost } from './interp.ts';
import { stackOf } from './node-errors.ts';
import { Beyond, JsArray, JsFunction, JsObject, type Value } from './values.ts';
import { makeGlobals } from './node-globals.ts';

export interface Timer { id: number; due: number; fn: JsFunction; args: Value[]; every?: number }

export interface NodeServerState {
  port: number;
  host?: string;
  /** (req, res) for http.createServer; express apps answer through `app`. */
  handler?: JsFunction;
  app?: JsObject;
  onListen?: JsFunction;
}

export interface NodeEnv {
  fs: Vfs;
  file: string;
  cwd: string;
  argv: string[];
  env: Record<string, string>;
  version: string;
  now(): number;
  write(stream: 'stdout' | 'stderr', text: string): void;
  hostname: string;
}

export const MAX_STEPS = 200000;

export class NodeRuntime implements JsHost {
  readonly env: NodeEnv;
  readonly interp: Interp;
  readonly frames: { name: string; at: At }[] = [];
  readonly timers: Timer[] = [];
  readonly ticks: { fn: JsFunction; args: Value[] }[] = [];
  readonly servers: NodeServerState[] = [];
  readonly modules = new Map<string, Value>();
  readonly processObj: JsObject;
  /** Virtual time of the event loop (ms since start). */
  clock = 0;
  private steps = 0;
  private nextTimer = 1;
  private readonly globals: Map<string, Value>;

  constructor(env: NodeEnv) {
    this.env = env;
    this.interp = new Interp(this);
    const g = makeGlobals(this);
    this.globals = g.globals;
    this.processObj = g.process;
  }

  step(): void {
    if (++this.steps > MAX_STEPS) throw new Beyond(`a loop that runs ${MAX_STEPS} steps without waiting`);
  }

  /** Work done after a wait starts a fresh budget (only a loop that never waits is cut off). */
  resetSteps(): void {
    this.steps = 0;
  }

  hasGlobal(name: string): boolean {
    return this.globals.has(name);
  }

  global(name: string): Value {
    return this.globals.get(name);
  }

  stack(e: JsObject): string {
    return stackOf(e, this.env.file, undefined, this.frames);
  }

  print(stream: 'stdout' | 'stderr', args: Value[]): void {
    this.env.write(stream, `${format(args, (e) => this.stack(e))}\n`);
  }

  inspect(v: Value): string {
    return inspect(v, 0, (e) => this.stack(e));
  }

  addTimer(fn: Value, ms: Value, args: Value[], repeat: boolean): number {
    if (!(fn instanceof JsFunction)) throw new Beyond('a timer without a function');
    const delay = Math.max(1, Number(ms) || 0);
    const id = this.nextTimer++;
    this.timers.push({ id, due: this.clock + delay, fn, args, every: repeat ? delay : undefined });
    return id;
  }

  clearTimer(id: Value): void {
    const i = this.timers.findIndex((t) => t.id === (id instanceof JsObject ? id.props.get('id') : id));
    if (i !== -1) this.timers.splice(i, 1);
  }

  /** The scope of a CommonJS module: module, exports, require, __filename, __dirname. */
  moduleScope(file: string, requireFn: JsFunction): { scope: Scope; module: JsObject } {
    const scope = new Scope();
    const exports = new JsObject();
    const module = new JsObject(undefined, { exports, filename: file, id: '.' });
    scope.define('module', module);
    scope.define('exports', exports);
    scope.define('require', requireFn);
    scope.define('__filename', file);
    scope.define('__dirname', file.slice(0, file.lastIndexOf('/')) || '/');
    return { scope, module };
  }

  /** Run the script's top-level code in a module scope; its module.exports. */
  runModule(body: import('./ast.ts').Stmt[], file: string, requireFn: JsFunction): Value {
    const { scope, module } = this.moduleScope(file, requireFn);
    this.interp.runBody(body, scope);
    return module.props.get('exports');
  }

  array(items: Value[]): JsArray {
    return new JsArray(items);
  }
}
