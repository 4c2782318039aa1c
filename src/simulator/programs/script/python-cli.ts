// Two command lines around the Python model: `flask run` (find the app as Flask's CLI does:
// --app, FLASK_APP, app.py or wsgi.py; import it without running its __main__ block; serve on
// --host/--port, FLASK_RUN_HOST/FLASK_RUN_PORT, 127.0.0.1:5000 by default) and `python -m venv
// DIR` (a virtual environment pip installs into, without the root-user warning).
import { resolvePath } from '../../fs/path.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import { pyEnv, which } from '../pkg/pip-env.ts';
import { writeData, writeProgram } from '../pkg/files.ts';
import type { ScriptHost } from './hook.ts';
import { flaskApp } from './py/flask.ts';
import { PyScope } from './py/interp.ts';
import { parsePython } from './py/parse.ts';
import { PyObj } from './py/values.ts';
import { pythonRuntime, reportFailure, serveFlask } from './python.ts';
import { outputOf } from './serve.ts';

const NO_APP = "Usage: flask run [OPTIONS]\nTry 'flask run --help' for help.\n\nError: Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment variable, or a 'wsgi.py' or 'app.py' file in the current directory.\n";

function option(args: string[], long: string, short?: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === long || (short && args[i] === short)) return args[i + 1];
    if (args[i].startsWith(`${long}=`)) return args[i].slice(long.length + 1);
  }
  return undefined;
}

export async function flaskCli(req: ExternalRequest, host: ScriptHost, args: string[]): Promise<number> {
  const appArg = option(args, '--app', '-A') ?? req.env.FLASK_APP;
  const rest = args.filter((a) => !a.startsWith('-'));
  if (rest[0] !== 'run') {
    req.io.stderr.write(`${req.name === 'flask' ? 'flask' : 'python -m flask'}: this simulator runs a small model of Python scripts; 'flask ${rest[0] ?? '--help'}' is beyond it\n`);
    return 1;
  }
  const name = (appArg ?? ['app', 'wsgi'].find((n) => host.fs.exists(resolvePath(req.cwd, `${n}.py`))))?.replace(/\.py$/, '').split(':')[0];
  const file = name && resolvePath(req.cwd, `${name}.py`);
  if (!file || !host.fs.exists(file)) {
    req.io.stderr.write(NO_APP);
    return 2;
  }
  const out = outputOf(req, host);
  const rt = pythonRuntime(req, host, file, [which(host.fs, 'flask', req.env.PATH, req.cwd), ...args], false, out.write);
  const source = host.fs.readFile(file);
  try {
    const scope = new PyScope();
    scope.vars.set('__name__', name);
    const g = rt.interp.run(parsePython(source), scope);
    for (let r = g.next(); !r.done; r = g.next()) {
      // import-time sleeps pass at once; app.run() under `if __name__ == '__main__'` does not run
    }
    const app = [...scope.vars.values()].find((v) => v instanceof PyObj && flaskApp(v)) as PyObj | undefined;
    if (!app) {
      req.io.stderr.write(NO_APP);
      return 2;
    }
    const fa = flaskApp(app);
    if (fa) fa.name = name;
    const hostArg = option(args, '--host', '-h') ?? req.env.FLASK_RUN_HOST ?? '127.0.0.1';
    const port = Number(option(args, '--port', '-p') ?? req.env.FLASK_RUN_PORT ?? 5000);
    const debug = args.includes('--debug') || req.env.FLASK_DEBUG === '1';
    return await serveFlask(rt, host, out.serving, app, { host: hostArg, port, debug }, (e, outer) => reportFailure(rt, e, source, outer));
  } catch (e) {
    return reportFailure(rt, e, source);
  }
}

/** python -m venv DIR: bin/ (python, pip, activate), lib/pythonX.Y/site-packages, pyvenv.cfg. */
export function makeVenv(req: ExternalRequest, host: ScriptHost, args: string[]): number {
  const dir = args.find((x) => !x.startsWith('-'));
  if (!dir) {
    req.io.stderr.write('usage: venv [-h] [--system-site-packages] [--symlinks | --copies] [--clear]\n            [--upgrade] [--without-pip] [--prompt PROMPT] [--upgrade-deps]\n            [--without-scm-ignore-files]\n            ENV_DIR [ENV_DIR ...]\nvenv: error: the following arguments are required: ENV_DIR\n');
    return 2;
  }
  const base = which(host.fs, req.argv[0], req.env.PATH, req.cwd);
  const env = pyEnv(host.fs, base, req.env);
  const root = resolvePath(req.cwd, dir);
  const pk = { fs: host.fs, uid: host.uid, now: () => host.now(), work: () => Promise.resolve() };
  const full = req.env.PYTHON_VERSION ?? `${env.version}.0`;
  writeData(pk, `${root}/pyvenv.cfg`, `home = ${base.slice(0, base.lastIndexOf('/'))}\ninclude-system-site-packages = false\nversion = ${full}\nexecutable = ${base}\ncommand = ${base} -m venv ${root}\n`);
  host.fs.mkdir(`${root}/lib/python${env.version}/site-packages`, { recursive: true });
  host.fs.mkdir(`${root}/include/python${env.version}`, { recursive: true });
  host.fs.mkdir(`${root}/bin`, { recursive: true });
  for (const p of ['python', 'python3', `python${env.version}`]) if (!host.fs.exists(`${root}/bin/${p}`)) host.fs.symlink(base, `${root}/bin/${p}`);
  for (const p of ['pip', 'pip3', `pip${env.version}`]) writeProgram(pk, `${root}/bin/${p}`, 230);
  writeData(pk, `${root}/bin/activate`, `# This file must be used with "source bin/activate" *from bash*\n# You cannot run it directly\n\nVIRTUAL_ENV=${root}\nexport VIRTUAL_ENV\n\n_OLD_VIRTUAL_PATH="$PATH"\nPATH="$VIRTUAL_ENV/bin:$PATH"\nexport PATH\n`);
  writeData(pk, `${root}/lib/python${env.version}/site-packages/pip/__init__.py`, '', 1800000 * 3);
  writeData(pk, `${root}/lib/python${env.version}/site-packages/pip-25.3.dist-info/METADATA`, 'Metadata-Version: 2.4\nName: pip\nVersion: 25.3\n');
  return 0;
}
