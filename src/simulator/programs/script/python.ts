// `python app.py`, `python -c CODE`, `python -m flask run`, `flask run` and `python -m venv DIR`
// in the model. The script runs to its end, sleeping on the simulated clock; app.run() (or
// flask run) starts serving until the process is stopped. Errors as CPython reports them (a
// traceback, "can't open file"); what the model does not follow ends the run with its message.
import { endpointsOf } from '../../engine/network/endpoint-config.ts';
import { resolvePath } from '../../fs/path.ts';
import { LimitReached } from '../../shell/errors.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import { pyEnv, which } from '../pkg/pip-env.ts';
import type { ScriptHost } from './hook.ts';
import { beyondMessage } from './js/node-errors.ts';
import { banner, handleFlask } from './py/flask-serve.ts';
import { flaskApp } from './py/flask.ts';
import { PyScope, type Effect, type Gen } from './py/interp.ts';
import { PySyntaxError } from './py/lex.ts';
import { parsePython } from './py/parse.ts';
import { PyRuntime } from './py/runtime.ts';
import { flaskFrames, traceback } from './py/traceback.ts';
import { PyBeyond, PyObj, PyRaise, str, SysExit } from './py/values.ts';
import { outputOf, portInUse, startServing, waitForever } from './serve.ts';
import { flaskCli, makeVenv } from './python-cli.ts';

interface PyArgs { script?: string; code?: string; module?: string; args: string[]; unbuffered: boolean }

function parseArgs(argv: string[]): PyArgs {
  const o: PyArgs = { args: [], unbuffered: false };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (o.script !== undefined || o.code !== undefined || o.module !== undefined) o.args.push(a);
    else if (a === '-c') o.code = argv[++i] ?? '';
    else if (a === '-m') o.module = argv[++i] ?? '';
    else if (a === '-u') o.unbuffered = true;
    else if (a === '-W' || a === '-X') i++;
    else if (a.startsWith('-')) continue;
    else o.script = a;
  }
  return o;
}

function containerIp(host: ScriptHost): string {
  const eps = host.container ? Object.values(endpointsOf(host.container)) : [];
  return eps.find((e) => e.IPAddress)?.IPAddress ?? '127.0.0.1';
}

/** Drive the script's generator: let simulated time pass for sleeps, serve for app.run(). */
async function drive(rt: PyRuntime, host: ScriptHost, g: Gen<void>, serve: (e: Effect & { kind: 'serve' }) => Promise<number>): Promise<number | undefined> {
  for (let r = g.next(); !r.done; r = g.next()) {
    const e = r.value;
    if (e.kind === 'serve') return serve(e);
    if ((await host.wait(e.ms)) === 'interrupted') return 130;
    rt.resetSteps();
  }
  return undefined;
}

export function pythonRuntime(req: ExternalRequest, host: ScriptHost, file: string, argv: string[], unbuffered: boolean, write: (s: 'stdout' | 'stderr', t: string) => void): PyRuntime {
  const env = pyEnv(host.fs, which(host.fs, req.argv[0], req.env.PATH, req.cwd), req.env);
  const version = req.env.PYTHON_VERSION ?? `${env.version}.0`;
  const sitePaths = [env.site, `/usr/lib/python3/dist-packages`, `/usr/local/lib/python${env.version}/dist-packages`, `/usr/lib/python${env.version}/site-packages`];
  let hostname = 'localhost';
  try {
    hostname = host.fs.readFile('/etc/hostname').trim();
  } catch {
    // none
  }
  const buffered = !req.io.tty && !req.env.PYTHONUNBUFFERED && !unbuffered;
  return new PyRuntime({ fs: host.fs, file, cwd: req.cwd, argv, env: { ...req.env }, version, sitePaths, hostname, buffered, now: () => host.now(), write, stdin: req.io.stdin });
}

/** Serve a Flask app (app.run() or flask run) until the process is stopped. */
export async function serveFlask(rt: PyRuntime, host: ScriptHost, serving: () => void, app: PyObj, o: { host: string; port: number; debug: boolean }, onError: (e: unknown, outer?: string) => void): Promise<number> {
  if (!host.engine) throw new PyBeyond('a server in a build step (it would never end)');
  if (portInUse(host, o.port)) {
    rt.out.flush();
    rt.info.write('stderr', `Address already in use\nPort ${o.port} is in use by another program. Either identify and stop that program, or start the server with a different port.\n`);
    return 1;
  }
  const fa = flaskApp(app);
  if (!fa) throw new PyBeyond('app.run() of something other than a Flask app');
  fa.debug = o.debug;
  const b = banner(fa, o.host, o.port, containerIp(host), o.debug);
  rt.out.write('stdout', b.stdout);
  rt.out.flush();
  rt.info.write('stderr', b.stderr);
  serving();
  const logError = (e: unknown, r: import('../../engine/http/types.ts').HttpRequest, at: number) => {
    const d = new Date(at).toISOString().replace('T', ' ').replace('Z', '').replace('.', ',');
    rt.info.write('stderr', `[${d}] ERROR in app: Exception on ${r.target.split('?')[0]} [${r.method}]\n`);
    onError(e, flaskFrames(rt.info.sitePaths[0]));
  };
  const stop = startServing(host, { port: o.port, loopbackOnly: o.host === '127.0.0.1' || o.host === 'localhost', handle: (ctx, r) => handleFlask(rt, app, r, ctx.remoteAddr, ctx.now, logError) });
  try {
    return await waitForever(host);
  } finally {
    stop();
  }
}

export async function runPython(req: ExternalRequest, host: ScriptHost): Promise<number> {
  if (req.name === 'flask') return flaskCli(req, host, req.argv.slice(1));
  const a = parseArgs(req.argv);
  if (a.module === 'flask') return flaskCli(req, host, a.args);
  if (a.module === 'venv') return makeVenv(req, host, a.args);
  if (a.module !== undefined) return (req.io.stderr.write(beyondMessage('Python', `python -m ${a.module}`)), 1);
  const file = a.code !== undefined ? '<string>' : resolvePath(req.cwd, a.script ?? '');
  if (a.code === undefined && !host.fs.exists(file)) {
    req.io.stderr.write(`${req.argv[0]}: can't open file '${file}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const source = a.code ?? host.fs.readFile(file);
  const out = outputOf(req, host);
  const rt = pythonRuntime(req, host, file, [a.code !== undefined ? '-c' : a.script ?? '', ...a.args], a.unbuffered, out.write);
  const report = (e: unknown, outer?: string): number => reportFailure(rt, e, source, outer);
  try {
    const scope = new PyScope();
    scope.vars.set('__name__', '__main__');
    scope.vars.set('__file__', file);
    const code = await drive(rt, host, rt.interp.run(parsePython(source), scope), (e) => serveFlask(rt, host, out.serving, e.app, e, report));
    rt.out.flush();
    return code ?? 0;
  } catch (e) {
    return report(e);
  }
}

/** How a failure ends the process: the traceback (exit 1), sys.exit's status, or the model's limit. */
export function reportFailure(rt: PyRuntime, e: unknown, source: string, outer = ''): number {
  rt.out.flush();
  if (e instanceof LimitReached) throw e;
  if (e instanceof SysExit) {
    if (e.code === null || typeof e.code === 'number') return (e.code as number | null) ?? 0;
    rt.info.write('stderr', `${str(e.code)}\n`);
    return 1;
  }
  if (e instanceof PyBeyond) return (rt.info.write('stderr', beyondMessage('Python', e.what)), 1);
  if (e instanceof PySyntaxError) return (rt.info.write('stderr', beyondMessage('Python', `the syntax at ${rt.file.split('/').pop()}:${e.line}:${e.col}`)), 1);
  if (e instanceof PyRaise) return (rt.info.write('stderr', traceback(e, rt.file, source, outer)), 1);
  throw e;
}
