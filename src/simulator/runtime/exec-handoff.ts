// `exec SERVER` in a container's main-process shell: compose's `command: sh -euc "exec
// redis-server --requirepass $$PASS"`, `bash -c "...; exec postgres -c max_connections=200"`, an
// entrypoint script ending in `exec "$@"`. The shell becomes the program, so when it is the
// image's own server (engine/programs execServerPlan) the container's process becomes that
// server from then on: its start-up lines, the ports it listens on, its health, its answer to
// `docker stop`, planned at the time of the exec with the environment the shell hands it.
import { containerFs } from '../engine/containers/container-fs.ts';
import { lookPath } from '../engine/containers/exec-path.ts';
import { writeLog } from '../engine/containers/lifecycle.ts';
import type { Engine } from '../engine/engine.ts';
import { imageOrigin } from '../engine/image-fs/image-layers.ts';
import { execServerPlan } from '../engine/programs/index.ts';
import type { ProcessPlan } from '../engine/programs/types.ts';
import type { ContainerRecord } from '../engine/state.ts';
import { resolvePath } from '../fs/path.ts';

/** The server's plan when `argv` (exec'd by the shell in `cwd` with `env`) is the image's server. */
export function execHandoffPlan(engine: Engine, c: ContainerRecord, argv: string[], env: Record<string, string>, cwd: string, now: number): ProcessPlan | undefined {
  const image = engine.state.images[c.image];
  if (!image || argv.length === 0) return undefined;
  const fs = containerFs(engine, c);
  const found = lookPath(fs, argv[0], env.PATH, cwd);
  // A missing program is the shell's error; a script (docker-entrypoint.sh) runs in the shell.
  if ('why' in found) return undefined;
  try {
    if (fs.readFile(resolvePath(cwd, found.path)).startsWith('#!')) return undefined;
  } catch {
    return undefined;
  }
  const origin = imageOrigin(image);
  return execServerPlan({ engine, container: c, image, repo: origin?.repo, catalogImage: origin?.image, path: found.path, argv, env, now });
}

/** The container's process is the server from `now` on (launch's bookkeeping for a plan). */
export function handOver(engine: Engine, c: ContainerRecord, plan: ProcessPlan, argv: string[], now: number): void {
  c.process = {
    program: plan.program,
    exitAt: plan.exit ? now + plan.exit.afterMs : undefined,
    exitCode: plan.exit?.code,
    ignores: plan.ignores,
    argv,
    // a `docker stop` already under way still ends in SIGKILL at its timeout
    ...(c.process?.killAt !== undefined ? { killAt: c.process.killAt } : {}),
  };
  writeLog(engine, c, plan.output, now);
  engine.emit('container output');
}
