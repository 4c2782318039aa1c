// Chooses the program a container's main process runs: a small built-in program, a shell,
// or the image's server. Resolution follows exec: a missing executable is a start error.
import { BASIC_PROGRAMS, finished } from './basic.ts';
import { servicePlan } from './service.ts';
import type { ProcessPlan, ProgramContext } from './types.ts';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);

function basename(path: string): string {
  return path.split('/').pop() ?? path;
}

function shellPlan(ctx: ProgramContext, name: string, resolve: (n: string) => string | undefined): ProcessPlan {
  const c = ctx.argv.indexOf('-c');
  if (c !== -1) {
    const script = ctx.argv[c + 1] ?? '';
    const words = script.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return finished(name, []);
    const path = resolve(words[0]);
    if (!path) {
      const family = ctx.catalogImage?.osInfo.family;
      const msg =
        name === 'bash'
          ? `bash: line 1: ${words[0]}: command not found\n`
          : family === 'alpine' || family === 'busybox'
            ? `${name}: ${words[0]}: not found\n`
            : `${name}: 1: ${words[0]}: not found\n`;
      return finished(name, [{ stream: 'stderr', text: msg }], 127);
    }
    return planProcess({ ...ctx, path, argv: words }, resolve);
  }
  const { OpenStdin, Tty } = ctx.container.config;
  if (OpenStdin && Tty) return { program: name, output: [], ignores: ['SIGTERM', 'SIGINT', 'SIGQUIT'], interactive: true };
  // With -i but no TTY the shell reads commands from stdin until it closes: it keeps running.
  if (OpenStdin) return { program: name, output: [], ignores: ['SIGTERM', 'SIGINT', 'SIGQUIT'] };
  // No stdin: the shell reads end-of-file at once and exits 0, as `docker run ubuntu bash` does.
  return finished(name, []);
}

export function planProcess(ctx: ProgramContext, resolve: (n: string) => string | undefined): ProcessPlan {
  const name = basename(ctx.path);
  if (SHELLS.has(name)) return shellPlan(ctx, name, resolve);
  const basic = BASIC_PROGRAMS[name];
  if (basic) return basic(ctx);
  if (isImageServer(ctx, name)) return servicePlan(ctx, name);
  // Present in the image but not modelled yet: it runs and ends quietly.
  return finished(name, []);
}

/** The image's own server: its entrypoint or command, which the catalog's start-up facts describe. */
function isImageServer(ctx: ProgramContext, name: string): boolean {
  const own = [ctx.image.config.Entrypoint?.[0], ctx.image.config.Cmd?.[0]].filter((x): x is string => !!x);
  return own.some((p) => basename(p) === name);
}
