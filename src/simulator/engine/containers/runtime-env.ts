// The environment a container's process sees: PATH, HOSTNAME and (with a TTY) TERM first, then
// the container config's variables replacing or appending, then HOME from the user's entry,
// as the daemon's CreateDaemonEnvironment and runc build it.
import type { ContainerRecord } from '../state.ts';
import { mergeEnv } from './create.ts';

const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function processEnv(c: ContainerRecord): string[] {
  const base = [DEFAULT_PATH, `HOSTNAME=${c.config.Hostname}`];
  if (c.config.Tty) base.push('TERM=xterm');
  const env = mergeEnv(base, c.config.Env);
  if (!env.some((e) => e.startsWith('HOME='))) {
    const user = c.config.User.split(':')[0];
    env.push(`HOME=${user === '' || user === 'root' || user === '0' ? '/root' : '/'}`);
  }
  return env;
}

export function envRecord(env: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of env) {
    const i = kv.indexOf('=');
    if (i > 0) out[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return out;
}
