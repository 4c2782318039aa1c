// A health probe run in a container as the daemon's exec does (moby daemon/health.go cmdProbe):
// the container's user, environment and working directory, output captured (stdout and stderr
// together), the probe's own waits advancing its time; past the timeout the result is moby's
// "Health check exceeded timeout" (with what it printed).
import { createExec } from '../engine/containers/exec.ts';
import type { ProbeResult } from '../engine/containers/health.ts';
import type { Engine } from '../engine/engine.ts';
import type { ContainerRecord } from '../engine/state.ts';
import { formatGoDuration } from '../util/format/units.ts';
import { runExec } from './exec.ts';

export async function runProbe(engine: Engine, c: ContainerRecord, argv: string[], at: number, timeoutMs: number): Promise<ProbeResult> {
  let t = at;
  let output = '';
  const spec = createExec(engine, c.id, { argv, user: '', env: [], workdir: '', tty: false }).spec;
  const exitCode = await runExec(engine, c, spec, {
    stdin: '',
    stdout: (text) => (output += text),
    stderr: (text) => (output += text),
    wait: async (ms) => {
      t += ms;
      return t - at > timeoutMs ? 'interrupted' : 'elapsed';
    },
  });
  if (t - at > timeoutMs) {
    const msg = `Health check exceeded timeout (${formatGoDuration(timeoutMs * 1_000_000)})`;
    return { exitCode: -1, output: output ? `${msg}: ${output}` : msg, end: at + timeoutMs };
  }
  return { exitCode, output, end: t };
}
