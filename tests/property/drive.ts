// Runs one line against a simulator and makes sure it ends: foreground commands that wait on
// the learner (an attached server, `logs -f`) get Ctrl+C, as a learner would press it.
import type { RunResult, Simulator } from '../../src/simulator/index.ts';

export async function runToEnd(sim: Simulator, line: string, maxInterrupts = 5): Promise<RunResult> {
  let done = false;
  const p = sim.run(line).finally(() => {
    done = true;
  });
  for (let i = 0; i < maxInterrupts && !done; i++) {
    await new Promise((r) => setTimeout(r, 0));
    if (!done) sim.interrupt();
  }
  return p;
}
