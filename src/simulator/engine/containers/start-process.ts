// What daemon.containerStart does before the process runs, over the container's real files:
// the user is looked up in its /etc/passwd (createSpec), the working directory is created if
// missing (SetupWorkingDirectory), and runc finds the executable on the process's PATH. Then
// the program model plans the process. Failures carry the daemon's text and exit code.
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import { imageOrigin } from '../image-fs/image-layers.ts';
import { planProcess } from '../programs/index.ts';
import type { ProcessPlan } from '../programs/types.ts';
import type { ContainerRecord } from '../state.ts';
import { containerFs } from './container-fs.ts';
import { lookPath, startError } from './exec-path.ts';
import { envRecord, processEnv } from './runtime-env.ts';
import { resolveUser } from './user.ts';

/** A start that failed: the error for the client and the exit code the container records. */
export class StartFailure extends Error {
  readonly error: DaemonError;
  readonly exitCode: number;
  constructor(error: DaemonError, exitCode: number) {
    super(error.message);
    this.error = error;
    this.exitCode = exitCode;
  }
}

/** The process environment with HOME from the user's passwd entry when the config has none. */
export function containerEnv(c: ContainerRecord, home: string): Record<string, string> {
  const env = envRecord(processEnv(c));
  if (!c.config.Env.some((e) => e.startsWith('HOME='))) env.HOME = home;
  return env;
}

function mkdirWorkdir(engine: Engine, c: ContainerRecord): void {
  const wd = c.config.WorkingDir;
  if (!wd || wd === '/') return;
  const fs = containerFs(engine, c);
  if (!fs.exists(wd)) {
    try {
      fs.mkdir(wd, { recursive: true });
    } catch {
      // a read-only rootfs: runc fails on chdir below
    }
  }
}

/** Check and plan the main process of `c` starting at `now`. Throws StartFailure. */
export function prepareProcess(engine: Engine, c: ContainerRecord, now: number): ProcessPlan {
  const image = engine.state.images[c.image];
  if (!image) throw new StartFailure(startError(`exec: ${JSON.stringify(c.path)}: executable file not found in $PATH`, 127), 127);
  const fs = containerFs(engine, c);
  let home: string;
  try {
    home = resolveUser(fs, c.config.User).home;
  } catch (e) {
    if (e instanceof DaemonError) throw new StartFailure(e, 128);
    throw e;
  }
  mkdirWorkdir(engine, c);
  const env = containerEnv(c, home);
  const found = lookPath(fs, c.path, env.PATH, c.config.WorkingDir || '/');
  if ('why' in found) throw new StartFailure(startError(found.why, found.code), found.code);
  const origin = imageOrigin(image);
  const ctx = { engine, container: c, image, repo: origin?.repo, catalogImage: origin?.image, path: found.path, argv: [c.path, ...c.args], env, now };
  return planProcess(ctx, !!engine.processRunner);
}
