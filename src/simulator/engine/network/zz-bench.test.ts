import { it } from 'vitest';
import { createSimulator } from '../../index.ts';
it('bench', async () => {
  const sim = createSimulator({ seed: 1, clock: () => Date.UTC(2026, 10, 25, 10, 0, 0) });
  await sim.run('docker run -d --name web -p 8080:80 nginx');
  for (let i = 0; i < 50; i++) await sim.http('localhost:8080');
  const t0 = performance.now();
  for (let i = 0; i < 1000; i++) await sim.http('localhost:8080');
  console.log('1000 sim.http:', (performance.now() - t0).toFixed(0), 'ms');
  const t1 = performance.now();
  for (let i = 0; i < 1000; i++) await sim.http('localhost:8080/nope');
  console.log('1000 sim.http 404:', (performance.now() - t1).toFixed(0), 'ms');
});
