// Chooses how a container's main process runs. The program model keeps what must outlive a
// snapshot or never ends by itself: hello-world's /hello, `sleep N` (an exit scheduled on the
// simulated clock), `tail -f` and `top`, interactive shells (-it), and the image's own server
// (its catalog start-up facts). Everything else runs deferred: through the engine's
// ProcessRunner, the shell over the container's files (ls, cat, echo, sh -c '...').
import { BASIC_PROGRAMS, finished, IGNORES_AS_PID1 } from './basic.ts';
import { ownPrograms, unwrapEntrypoint } from './entrypoint.ts';
import { servicePlan } from './service.ts';
import { scriptCommand } from './shell-exec.ts';
import { loadedServiceModels } from './models.ts';
import { isHttpServer, PYTHON_HTTP_SERVER, servingLine } from '../http/python-http.ts';
import type { OutputChunk, ProcessPlan, ProgramContext } from './types.ts';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
/** Clients that read their commands at a prompt (programs/db): with -i they take the terminal. */
const PROMPT_CLIENTS = new Set(['psql', 'mysql', 'mariadb', 'redis-cli', 'mongosh']);

function basename(path: string): string {
  return path.split('/').pop() ?? path;
}

/** What the entrypoint execs (see entrypoint.ts). */
export function afterEntrypoint(ctx: ProgramContext): string[] {
  return unwrapEntrypoint(ctx.argv, ctx.image.config.Cmd);
}

/**
 * A shell without a command: with -i it reads commands from its stdin (with -t at a prompt)
 * and keeps running until that ends; without stdin it reads end-of-file and is done at once.
 */
function shellPlan(ctx: ProgramContext, name: string, runner: boolean): ProcessPlan {
  // Input piped in (`echo ls | docker run -i alpine sh`): the shell runs it as its script.
  if (runner && ctx.engine.processRunner?.hasPipedStdin?.(ctx.container.id)) return { program: name, output: [], ignores: IGNORES_AS_PID1, deferred: true };
  if (ctx.container.config.OpenStdin) return { program: name, output: [], ignores: ['SIGTERM', 'SIGINT', 'SIGQUIT'], interactive: true };
  // No stdin: the shell reads end-of-file at once and exits 0, as `docker run ubuntu bash` does.
  return finished(name, []);
}

/**
 * Options with which a server prints something and exits instead of serving (`nginx -v`,
 * `redis-server --version`, `postgres --version`): the shell runs it, as any one-shot.
 */
const REPORTS: Record<string, string[]> = {
  nginx: ['-v', '-V', '-t', '-T', '-h', '-?'],
  'redis-server': ['-v', '--version', '-h', '--help'],
  postgres: ['-V', '--version', '-?', '--help', '--describe-config', '-C'],
};

function reportsAndExits(name: string, args: string[]): boolean {
  const flags = REPORTS[name] ?? ['--version', '--help'];
  return args.length > 0 && flags.includes(args[0]);
}

/** Programs that never end by themselves: they run until a signal stops them. */
function runsForever(name: string, args: string[]): boolean {
  return name === 'top' || (name === 'tail' && args.some((a) => /^-[a-zA-Z]*[fF]/.test(a) || a === '--follow'));
}

export function planProcess(ctx: ProgramContext, runner: boolean): ProcessPlan {
  const argv = afterEntrypoint(ctx);
  const name = basename(argv[0]);
  const args = argv.slice(1);
  if (SHELLS.has(name) && args.every((a) => a.startsWith('-') && !/^-[a-zA-Z]*c/.test(a))) return shellPlan(ctx, name, runner);
  const script = SHELLS.has(name) ? scriptCommand(ctx, args) : undefined;
  if (script && hasModel(ctx, basename(script[0])) && isImageServer(ctx, basename(script[0]), script.slice(1))) return servicePlan(ctx, script);
  if (PROMPT_CLIENTS.has(name) && ctx.container.config.OpenStdin) return { program: name, output: [], ignores: IGNORES_AS_PID1, interactive: true };
  // hello-world's /hello (not a program a Dockerfile built and named hello)
  if ((name === 'hello' && ctx.repo?.name === 'hello-world') || name === 'sleep') return BASIC_PROGRAMS[name]({ ...ctx, argv });
  if (runsForever(name, args)) return { program: name, output: [], ignores: IGNORES_AS_PID1 };
  if (isHttpServer(argv)) return { program: PYTHON_HTTP_SERVER, output: [servingLine(argv, ctx.container.config.WorkingDir)], ignores: [] };
  if (isImageServer(ctx, name, args) && !SHELLS.has(name)) {
    if (!reportsAndExits(name, args)) return servicePlan(ctx, argv);
    const report = loadedServiceModels()?.modelFor(name, ctx.repo?.name)?.report?.(ctx, argv);
    if (report) return report;
  }
  if (runner) return { program: name, output: [], ignores: IGNORES_AS_PID1, deferred: true };
  const basic = BASIC_PROGRAMS[name];
  return basic ? basic({ ...ctx, argv }) : finished(name, []);
}

/**
 * `exec PROGRAM` in a main-process shell (runtime/exec-handoff.ts): the image's own server takes
 * the process over, planned as if the container had started it (undefined: anything else).
 */
export function execServerPlan(ctx: ProgramContext): ProcessPlan | undefined {
  const crond = crondPlan(ctx.argv);
  if (crond) return crond;
  const name = basename(ctx.argv[0]);
  if (SHELLS.has(name) || !isImageServer(ctx, name, ctx.argv.slice(1)) || reportsAndExits(name, ctx.argv.slice(1))) return undefined;
  const plan = servicePlan(ctx, ctx.argv);
  return plan.deferred || plan.interactive ? undefined : plan;
}

/**
 * BusyBox crond in the foreground (`exec busybox crond -f -L /dev/stdout`, nextcloud's /cron.sh):
 * it logs its start to the -L file (a container stream) and runs until stopped.
 */
function crondPlan(argv: string[]): ProcessPlan | undefined {
  const args = basename(argv[0]) === 'busybox' ? argv.slice(1) : argv;
  if (basename(args[0] ?? '') !== 'crond' || !args.includes('-f')) return undefined;
  const log = args[args.indexOf('-L') + 1];
  const stream = log === '/dev/stdout' ? 'stdout' : log === '/dev/stderr' ? 'stderr' : undefined;
  const output: OutputChunk[] = stream && args.includes('-L') ? [{ stream, text: 'crond: crond (busybox 1.37.0) started, log level 8\n' }] : [];
  // no handlers: as PID 1 it ignores SIGTERM, and SIGWINCH (nextcloud's STOPSIGNAL) by default; `docker stop` kills it
  return { program: 'crond', output, ignores: [...IGNORES_AS_PID1, 'SIGWINCH'] };
}

/** A service model runs this program (a one-line script exec'ing it is then that server). */
function hasModel(ctx: ProgramContext, name: string): boolean {
  return !!loadedServiceModels()?.modelFor(name, ctx.repo?.name);
}

/**
 * The image's own server: its entrypoint or command, which the catalog's start-up facts
 * describe. A program that listens on nothing (node's REPL, mvn, `php -a`) is a one-shot run by
 * the shell (`docker run maven mvn package` is the toolchain's mvn); only start-up lines of its
 * own, printed when it runs as the image's default command, make it the image's (service.ts).
 */
function isImageServer(ctx: ProgramContext, name: string, args: string[]): boolean {
  if (!ctx.catalogImage || !ownPrograms(ctx.image.config.Entrypoint, ctx.image.config.Cmd).includes(name)) return false;
  // a built image's own CMD (a program a Dockerfile built) is not its base image's server
  if (!ownPrograms(ctx.catalogImage.config.Entrypoint, ctx.catalogImage.config.Cmd).includes(name)) return false;
  const { listensOn, logLines } = ctx.catalogImage.startup;
  if (listensOn.length > 0) return true;
  const defaults = (ctx.catalogImage.config.Cmd ?? []).slice(1);
  return logLines.length > 0 && args.length === defaults.length && args.every((a, i) => a === defaults[i]);
}
