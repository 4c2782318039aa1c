// `docker exec` on the daemon (moby daemon/exec.go ContainerExecCreate): the container must be
// running (not paused, not restarting), the user is looked up in its files before anything
// starts, and the process gets the daemon's environment for it (PATH, HOSTNAME, TERM with a TTY,
// the container's variables) with the exec's own -e values replacing or appending.
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';
import { containerFs } from './container-fs.ts';
import { getContainer } from './lookup.ts';
import { resolveUser } from './user.ts';

/** A process `docker exec` starts (the daemon's ExecConfig). */
export interface ExecSpec {
  argv: string[];
  /** The user as given (-u) or the container's; resolved against the container's /etc/passwd. */
  user: string;
  /** The process environment (CreateDaemonEnvironment plus -e/--env-file). */
  env: Record<string, string>;
  workdir: string;
  tty: boolean;
}

export interface ExecRequest {
  argv: string[];
  /** -u as given; '' for the container's user. */
  user: string;
  /** -e and --env-file values: KEY=value, or KEY alone to drop it. */
  env: string[];
  /** -w; '' for the container's working directory. */
  workdir: string;
  tty: boolean;
}

/** getActiveContainer: the checks before an exec is created. */
export function activeContainer(engine: Engine, ref: string): ContainerRecord {
  const c = getContainer(engine, ref);
  const s = c.state.status;
  if (s !== 'running' && s !== 'paused' && s !== 'restarting') throw new DaemonError('conflict', `container ${c.id} is not running`);
  if (s === 'paused') throw new DaemonError('conflict', `Container ${ref} is paused, unpause the container before exec`);
  if (s === 'restarting') throw new DaemonError('conflict', `Container ${c.id} is restarting, wait until the container is running`);
  return c;
}

/** container.ReplaceOrAppendEnvValues: a value replaces the key in place, a bare KEY removes it. */
function replaceOrAppend(base: string[], extra: string[]): string[] {
  const env = [...base];
  const key = (kv: string) => kv.split('=')[0];
  for (const kv of extra) {
    const i = env.findIndex((e) => key(e) === key(kv));
    if (!kv.includes('=')) {
      if (i !== -1) env.splice(i, 1);
    } else if (i === -1) env.push(kv);
    else env[i] = kv;
  }
  return env;
}

function record(env: string[]): Record<string, string> {
  return Object.fromEntries(env.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
}

/** CreateDaemonEnvironment(tty): PATH, HOSTNAME, TERM with a TTY, then the container's Env. */
function daemonEnv(c: ContainerRecord, tty: boolean): string[] {
  const base = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', `HOSTNAME=${c.config.Hostname}`];
  if (tty) base.push('TERM=xterm');
  return replaceOrAppend(base, c.config.Env);
}

/** ContainerExecCreate: validate and describe the process to start. */
export function createExec(engine: Engine, ref: string, req: ExecRequest): { container: ContainerRecord; spec: ExecSpec } {
  const c = activeContainer(engine, ref);
  const user = req.user || c.config.User;
  const who = resolveUser(containerFs(engine, c), user);
  const env = record(replaceOrAppend(daemonEnv(c, req.tty), req.env));
  // runc sets HOME from the user's passwd entry when the environment has none.
  if (env.HOME === undefined) env.HOME = who.home;
  return { container: c, spec: { argv: req.argv, user, env, workdir: req.workdir || c.config.WorkingDir || '/', tty: req.tty } };
}
