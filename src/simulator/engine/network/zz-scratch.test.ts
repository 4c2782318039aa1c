import { it } from 'vitest';
import { createSimulator } from '../../index.ts';
it('scratch', async () => {
  let now = Date.UTC(2026, 10, 25, 10, 0, 0);
  const sim = createSimulator({ seed: 1, clock: () => now });
  const cmds = (process.env.CMDS ?? '').split('\n').filter(Boolean);
  let out = '';
  for (const c of cmds) {
    if (c.startsWith('#http ')) { out += JSON.stringify(await (sim as any).http(c.slice(6)), null, 1) + '\n'; continue; }
    if (c.startsWith('#')) { out += c + '\n'; continue; }
    let shown = '';
    const r = await sim.run(c, { onOutput: (t) => (shown += t) });
    out += `$ ${c}\n${shown}${r.exitCode ? `[exit ${r.exitCode}]\n` : ''}`;
    now += 1000;
  }
  process.stdout.write('<<<BEGIN\n' + out + 'END>>>\n');
});
