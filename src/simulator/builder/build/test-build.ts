// Shared by the docker build tests (builder/build, cli/commands/image, programs/toolchain): a
// simulator on a fixed clock with files in the learner's home (a Dockerfile and its context),
// setup commands one second apart, then the result of the command under test.
import { createSimulator } from '../../index.ts';

/** 2026-11-25 10:00:00 UTC. */
export const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

/** Lines, each ended by a newline. */
export const text = (...lines: string[]): string => lines.map((l) => `${l}\n`).join('');

/**
 * Runs `setup` in a new simulator whose home holds `files` (paths relative to ~), the clock one
 * second on after each, then `command`; with `tty` the result also has what was shown.
 */
export async function runBuild(files: Record<string, string>, setup: string[], command: string, tty = false) {
  let now = T0;
  const sim = createSimulator({ seed: 1, clock: () => now, files });
  for (const s of setup) {
    await sim.run(s);
    now += 1000;
  }
  let shown = '';
  const r = await sim.run(command, { tty, onOutput: (t) => (shown += t) });
  return tty ? { ...r, shown } : r;
}
