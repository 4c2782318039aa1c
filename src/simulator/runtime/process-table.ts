// The processes a container's `ps` sees in its PID namespace: the main process as PID 1 and the
// processes `docker exec` started (an exec'd shell, a running command), numbered upwards as the
// kernel hands out PIDs. They belong to one run of the container and vanish when it stops.
import { containerFs } from '../engine/containers/container-fs.ts';
import { mainCommand } from '../engine/containers/processes.ts';
import { resolveUser } from '../engine/containers/user.ts';
import type { Engine } from '../engine/engine.ts';
import type { ContainerRecord } from '../engine/state.ts';
import type { ProcessInfo } from '../shell/context.ts';

export class ProcessTable {
  private readonly runs = new Map<string, { entries: ProcessInfo[]; last: number }>();

  private run(c: ContainerRecord) {
    const key = `${c.id}:${c.state.startedAt}`;
    let run = this.runs.get(key);
    if (!run) {
      for (const k of this.runs.keys()) if (k.startsWith(`${c.id}:`)) this.runs.delete(k);
      run = { entries: [], last: 1 };
      this.runs.set(key, run);
    }
    return run;
  }

  /** Register an exec'd process; returns its PID in the container. */
  add(c: ContainerRecord, command: string, user: string, tty: boolean, start: number): number {
    const run = this.run(c);
    run.last += 6;
    run.entries.push({ pid: run.last, ppid: 0, user, command, tty: tty ? `pts/${run.entries.length + 1}` : '?', start, stat: tty ? 'Ss' : 'Rs' });
    return run.last;
  }

  remove(c: ContainerRecord, pid: number): void {
    const run = this.run(c);
    run.entries = run.entries.filter((e) => e.pid !== pid);
  }

  /** PID 1 and the exec'd processes of the container's current run. */
  list(engine: Engine, c: ContainerRecord): ProcessInfo[] {
    if (c.state.status !== 'running' && c.state.status !== 'paused') return [];
    const { cmd, uid } = mainCommand(engine, c);
    const as = uid === undefined ? c.config.User : String(uid);
    let user = as.split(':')[0] || 'root';
    try {
      const u = resolveUser(containerFs(engine, c), as);
      user = u.name ?? String(u.uid);
    } catch {
      // keep the configured name
    }
    const main: ProcessInfo = { pid: 1, ppid: 0, user, command: cmd, tty: c.config.Tty ? 'pts/0' : '?', start: c.state.startedAt, stat: 'Ss' };
    return [main, ...this.run(c).entries];
  }
}
