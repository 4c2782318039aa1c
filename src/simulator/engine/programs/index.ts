// Chooses how a container's main process runs. The program model keeps what must outlive a
// snapshot or never ends by itself: hello-world's /hello, `sleep N` (an exit scheduled on the
// simulated clock), `tail -f` and `top`, interactive shells (-it), and the image's own server
// (its catalog start-up facts). Everything else runs deferred: through the engine's
// ProcessRunner, the shell over the container's files (ls, cat, echo, sh -c '...').
import { BASIC_PROGRAMS, finished, IGNORES_AS_PID1 } from './basic.ts';
import { servicePlan } from './service.ts';
import { isHttpServer, PYTHON_HTTP_SERVER, servingLine } from '../http/python-http.ts';
import type { ProcessPlan, ProgramContext } from './types.ts';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);

function basename(path: string): string {
  return path.split('/').pop() ?? path;
}

/** An entrypoint script execs its arguments ("$@"), or its image's command for an option. */
export function afterEntrypoint(ctx: ProgramContext): string[] {
  const [argv0, ...args] = ctx.argv;
  if (!/entrypoint/.test(basename(argv0)) || args.length === 0) return ctx.argv;
  if (!args[0].startsWith('-')) return args;
  const cmd0 = ctx.image.config.Cmd?.[0];
  return cmd0 && !cmd0.startsWith('-') ? [cmd0, ...args] : ctx.argv;
}

/**
 * A shell without a command: with -i it reads commands from its stdin (with -t at a prompt)
 * and keeps running until that ends; without stdin it reads end-of-file and is done at once.
 */
function shellPlan(ctx: ProgramContext, name: string): ProcessPlan {
  if (ctx.container.config.OpenStdin) return { program: name, output: [], ignores: ['SIGTERM', 'SIGINT', 'SIGQUIT'], interactive: true };
  // No stdin: the shell reads end-of-file at once and exits 0, as `docker run ubuntu bash` does.
  return finished(name, []);
}

/** Programs that never end by themselves: they run until a signal stops them. */
function runsForever(name: string, args: string[]): boolean {
  return name === 'top' || (name === 'tail' && args.some((a) => /^-[a-zA-Z]*[fF]/.test(a) || a === '--follow'));
}

export function planProcess(ctx: ProgramContext, runner: boolean): ProcessPlan {
  const argv = afterEntrypoint(ctx);
  const name = basename(argv[0]);
  const args = argv.slice(1);
  if (SHELLS.has(name) && args.every((a) => a.startsWith('-') && !/^-[a-zA-Z]*c/.test(a))) return shellPlan(ctx, name);
  if (name === 'hello' || name === 'sleep') return BASIC_PROGRAMS[name]({ ...ctx, argv });
  if (runsForever(name, args)) return { program: name, output: [], ignores: IGNORES_AS_PID1 };
  if (isHttpServer(argv)) return { program: PYTHON_HTTP_SERVER, output: [servingLine(argv, ctx.container.config.WorkingDir)], ignores: [] };
  if (isImageServer(ctx, name, args) && !SHELLS.has(name)) return servicePlan(ctx, name);
  if (runner) return { program: name, output: [], ignores: IGNORES_AS_PID1, deferred: true };
  const basic = BASIC_PROGRAMS[name];
  return basic ? basic({ ...ctx, argv }) : finished(name, []);
}

/**
 * The image's own server: its entrypoint or command, which the catalog's start-up facts
 * describe. A program that serves nothing (node, python) is that only when run as the image's
 * default, without arguments of its own (`docker run node node --version` just prints).
 */
function isImageServer(ctx: ProgramContext, name: string, args: string[]): boolean {
  const own = [ctx.image.config.Entrypoint?.[0], ctx.image.config.Cmd?.[0]].filter((x): x is string => !!x);
  if (!ctx.catalogImage || !own.some((p) => basename(p) === name)) return false;
  const serves = ctx.catalogImage.startup.listensOn.length > 0 || ctx.catalogImage.startup.logLines.length > 0;
  return serves || args.length === 0;
}
