// ContainerTop (moby daemon/top_unix.go): the host's `ps` (default "-ef") over the container's
// processes (top-ps.ts), its output split on blanks into titles and rows, the last column taking
// the rest of the line. A container that is not running is a conflict; a restarting one has no
// processes yet; ps's own failure is "ps: <its first stderr line>".
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import { getContainer } from './lookup.ts';
import { containerProcesses } from './processes.ts';
import { parsePsArgs } from './top-ps-args.ts';
import { PsError, renderPs } from './top-ps.ts';

export interface TopResponse {
  Titles: string[];
  Processes: string[][];
}

/** validatePSArgs: a column may not be renamed to PID (only pid itself may). */
function validatePsArgs(psArgs: string): void {
  for (const m of psArgs.matchAll(/\s+(\S*)=\s*(PID\S*)/g)) {
    if (m[1] !== 'pid') throw new DaemonError('system', `specifying "${m[1]}=${m[2]}" is not allowed`);
  }
}

const fields = (line: string) => line.split(/[\t\n\f\r ]+/).filter(Boolean);

/** parsePSOutput: the rows whose PID is one of the container's. */
function parsePsOutput(output: string, pids: Set<string>): TopResponse {
  const lines = output.split('\n');
  const Titles = fields(lines[0]);
  const pidIndex = Titles.indexOf('PID');
  if (pidIndex === -1) throw new DaemonError('system', "Couldn't find PID field in ps output");
  const Processes: string[][] = [];
  const add = (f: string[]) => Processes.push([...f.slice(0, Titles.length - 1), f.slice(Titles.length - 1).join(' ')]);
  let inContainer = false;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const f = fields(line);
    const pid = f[pidIndex];
    // A thread's line ("-" for PID) goes with the process before it.
    if (pid === '-') {
      if (inContainer) add(f);
      continue;
    }
    if (!/^[+-]?\d+$/.test(pid ?? '')) throw new DaemonError('system', `Unexpected pid '${pid ?? ''}': strconv.Atoi: parsing ${JSON.stringify(pid ?? '')}: invalid syntax`);
    inContainer = pids.has(String(Number(pid)));
    if (inContainer) add(f);
  }
  return { Titles, Processes };
}

export function containerTop(engine: Engine, ref: string, psArgs: string): TopResponse {
  const args = psArgs === '' ? '-ef' : psArgs;
  validatePsArgs(args);
  const c = getContainer(engine, ref);
  const s = c.state.status;
  if (s !== 'running' && s !== 'paused' && s !== 'restarting') {
    throw new DaemonError('conflict', `container ${c.id} is not running`);
  }
  if (s === 'restarting') {
    throw new DaemonError('conflict', `Container ${c.id} is restarting, wait until the container is running`);
  }
  const procs = containerProcesses(engine, c);
  try {
    const req = parsePsArgs(args);
    const output = renderPs(procs.filter(req.select), req.columns, req.headers, engine.now());
    return parsePsOutput(output, new Set(procs.map((p) => String(p.pid))));
  } catch (e) {
    if (e instanceof PsError) throw new DaemonError('system', `ps: ${e.message}`);
    throw e;
  }
}
