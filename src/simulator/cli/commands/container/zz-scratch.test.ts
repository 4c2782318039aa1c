import { it } from 'vitest';
import { createSimulator } from '../../../index.ts';
it('try', async () => {
  let now = Date.UTC(2026, 2, 2, 9, 0, 0);
  const sim = createSimulator({ seed: 1, clock: () => now });
  for (const cmd of (process.env.CMDS ?? '').split(';;')) {
    if (cmd.startsWith('+')) { now += Number(cmd.slice(1)) * 1000; continue; }
    const r = await sim.run(cmd);
    console.log(`$ ${cmd}\n${r.stdout}${r.stderr ? '[stderr]\n' + r.stderr : ''}[exit ${r.exitCode}]`);
  }
});
