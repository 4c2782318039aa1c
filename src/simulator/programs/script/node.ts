// `node app.js`, `node -e/-p CODE`, `node .` in the model: the script's top-level code, then its
// event loop (process.nextTick, the listening callbacks, timers on the simulated clock, servers
// until the process is stopped). Failures as node reports them (uncaught exceptions,
// MODULE_NOT_FOUND); what the model does not follow ends the run with its one-line message.
import { resolvePath } from '../../fs/path.ts';
import { LimitReached } from '../../shell/errors.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import type { ScriptHost } from './hook.ts';
import { JsSyntaxError } from './js/lex.ts';
import { importBindings, makeRequire } from './js/node-modules.ts';
import { beyondMessage, mainNotFound, moduleNotFound, uncaught } from './js/node-errors.ts';
import { NodeRuntime } from './js/node-runtime.ts';
import { parseJs } from './js/parse.ts';
import { runEventLoop } from './node-loop.ts';
import { Scope } from './js/interp.ts';
import { Beyond, ExitSignal, JsObject, JsThrow, toNum, toStr } from './js/values.ts';
import { outputOf } from './serve.ts';

interface NodeArgs { script?: string; code?: string; print: boolean; args: string[]; envFiles: string[] }

function parseArgs(argv: string[]): NodeArgs | string {
  const o: NodeArgs = { print: false, args: [], envFiles: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (o.script !== undefined || o.code !== undefined) o.args.push(a);
    else if (a === '-e' || a === '--eval' || a === '-p' || a === '--print') {
      o.code = argv[++i] ?? '';
      o.print = a === '-p' || a === '--print';
    } else if (a.startsWith('--env-file=')) o.envFiles.push(a.slice(11));
    else if (a === '--env-file') o.envFiles.push(argv[++i] ?? '');
    else if (a === '-r' || a === '--require' || a === '--import') return `${a}`;
    else if (a.startsWith('-')) continue;
    else o.script = a;
  }
  return o;
}

function mainFile(host: ScriptHost, cwd: string, script: string): string | undefined {
  const base = resolvePath(cwd, script);
  const isFile = (p: string) => {
    try {
      return host.fs.stat(p).kind === 'file';
    } catch {
      return false;
    }
  };
  let main = 'index.js';
  try {
    main = (JSON.parse(host.fs.readFile(`${base}/package.json`)) as { main?: string }).main ?? main;
  } catch {
    // no package.json there
  }
  return [base, `${base}.js`, `${base}.json`, resolvePath(base, main), `${base}/index.js`].find(isFile);
}

function loadEnvFiles(host: ScriptHost, cwd: string, files: string[], env: Record<string, string>): string | undefined {
  for (const f of files) {
    let text: string;
    try {
      text = host.fs.readFile(resolvePath(cwd, f));
    } catch {
      return `node: ${f}: not found\n`;
    }
    for (const line of text.split('\n')) {
      const m = /^\s*([\w.-]+)\s*=\s*(.*?)\s*$/.exec(line);
      if (m && !line.trim().startsWith('#') && env[m[1]] === undefined) env[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
    }
  }
  return undefined;
}

export async function runNode(req: ExternalRequest, host: ScriptHost): Promise<number> {
  const version = req.env.NODE_VERSION ?? '26.7.0';
  const a = parseArgs(req.argv);
  if (typeof a === 'string') return (req.io.stderr.write(beyondMessage('Node.js', `node ${a}`)), 1);
  const file = a.code !== undefined ? `${req.cwd}/[eval]` : a.script === undefined ? undefined : mainFile(host, req.cwd, a.script);
  if (file === undefined) return (req.io.stderr.write(mainNotFound(resolvePath(req.cwd, a.script ?? '.'), version)), 1);
  const env = { ...req.env };
  const envError = loadEnvFiles(host, req.cwd, a.envFiles, env);
  if (envError) return (req.io.stderr.write(envError), 9);
  const source = a.code ?? host.fs.readFile(file);
  const out = outputOf(req, host);
  const hostname = (() => {
    try {
      return host.fs.readFile('/etc/hostname').trim();
    } catch {
      return 'localhost';
    }
  })();
  const rt = new NodeRuntime({ fs: host.fs, file, cwd: req.cwd, argv: ['/usr/local/bin/node', ...(a.code !== undefined ? [] : [file]), ...a.args], env, version, now: () => host.now(), write: out.write, hostname });
  const fail = (e: unknown) => failure(req, rt, e, source, version);
  try {
    const body = parseJs(source);
    const esm = body.some((s) => s.t === 'import');
    if (esm && a.code === undefined) typelessWarning(host, file, req);
    const scope = esm ? new Scope() : rt.moduleScope(file, makeRequire(rt, file)).scope;
    if (a.code !== undefined && !esm) (scope.define('__filename', '[eval]'), scope.define('__dirname', '.'));
    for (const s of body) if (s.t === 'import') for (const [name, v] of importBindings(rt, s, file)) scope.define(name, v, true);
    const last = body[body.length - 1];
    if (a.print && last?.t === 'expr') {
      rt.interp.runBody(body.slice(0, -1), scope);
      out.write('stdout', `${rt.inspect(rt.interp.ev(last.e, scope))}\n`);
    } else rt.interp.runBody(body, scope);
  } catch (e) {
    return fail(e);
  }
  const code = await runEventLoop(rt, host, out, fail);
  return code ?? (toNum(rt.processObj.props.get('exitCode') ?? 0) || 0);
}

/** node's MODULE_TYPELESS_PACKAGE_JSON warning: ESM syntax in a .js file of a package without "type". */
function typelessWarning(host: ScriptHost, file: string, req: ExternalRequest): void {
  const pkg = `${file.slice(0, file.lastIndexOf('/'))}/package.json`;
  let type: unknown;
  try {
    type = (JSON.parse(host.fs.readFile(pkg)) as { type?: unknown }).type;
  } catch {
    return;
  }
  if (type === 'module' || !file.endsWith('.js')) return;
  req.io.stderr.write(`(node:1) [MODULE_TYPELESS_PACKAGE_JSON] Warning: Module type of file://${file} is not specified and it doesn't parse as CommonJS.\nReparsing as ES module because module syntax was detected. This incurs a performance overhead.\nTo eliminate this warning, add "type": "module" to ${pkg}.\n(Use \`node --trace-warnings ...\` to show where the warning was created)\n`);
}

/** How a failure of the script's code ends the process: node's report, or the model's limit. */
export function failure(req: ExternalRequest, rt: NodeRuntime, e: unknown, source: string, version: string): number {
  if (e instanceof ExitSignal) return e.code;
  if (e instanceof LimitReached) throw e;
  if (e instanceof Beyond) return (rt.env.write('stderr', beyondMessage('Node.js', e.what)), 1);
  if (e instanceof JsSyntaxError) return (rt.env.write('stderr', beyondMessage('Node.js', `the syntax at ${rt.env.file.split('/').pop()}:${e.line}:${e.col}`)), 1);
  if (e instanceof JsThrow) {
    const v = e.value;
    if (v instanceof JsObject && v.props.get('code') === 'MODULE_NOT_FOUND' && e.at) {
      rt.env.write('stderr', moduleNotFound(toStr(v.props.get('requireName')), toStr(v.props.get('requireFrom')), e.at, version));
    } else rt.env.write('stderr', uncaught(v, rt.env.file, source, e.at, version));
    return 1;
  }
  void req;
  throw e;
}
