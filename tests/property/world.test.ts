// Property: random and mutated command lines never throw out of `run`, always end, keep exit
// codes in 0..255 and keep the world consistent (unique names, every container's image present).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../src/simulator/index.ts';
import { runToEnd } from './drive.ts';

const images = ['hello-world', 'alpine', 'busybox', 'nginx', 'nginx:alpine', 'redis', 'ubuntu', 'nope', 'Nginx', 'alpine:9.9'];
const names = ['web', 'db', 'a', 'b', ''];
const verbs = ['ps', 'ps -a', 'ps -q', 'images', 'images -a', 'pull', 'run', 'run -d', 'run --rm', 'create', 'start', 'stop',
  'kill', 'restart', 'pause', 'unpause', 'rm', 'rm -f', 'rmi', 'rmi -f', 'logs', 'inspect', 'tag', 'history', 'top', 'wait',
  'rename', 'stats --no-stream', 'image prune -f', 'container prune -f', 'system df', 'system prune -f', 'version', 'info', 'bogus'];

const word = fc.oneof(
  fc.constantFrom(...images),
  fc.constantFrom(...names),
  fc.constantFrom('--name', '-d', '-it', '-f', '-a', '-q', '--format', '{{.ID}}', '-t', '5', 'echo', 'hi', 'sleep', 'false', '--', '-p', '8080:80'),
  fc.string({ maxLength: 6 }),
);

const commandLine = fc
  .tuple(fc.constantFrom(...verbs), fc.array(word, { maxLength: 5 }))
  .map(([verb, rest]) => `docker ${verb} ${rest.map((w) => (/[\s'"\\]/.test(w) || w === '' ? `'${w.replace(/'/g, '')}'` : w)).join(' ')}`);

const mutated = fc.tuple(commandLine, fc.nat(40), fc.string({ maxLength: 3 })).map(([line, at, junk]) => line.slice(0, at) + junk + line.slice(at));

describe('random command lines', () => {
  it('never throw, always end, keep exit codes and the world consistent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(commandLine, mutated), { minLength: 1, maxLength: 12 }), fc.nat(1000), async (lines, seed) => {
        let now = Date.UTC(2026, 10, 25, 10, 0, 0);
        const sim = createSimulator({ seed, clock: () => now });
        for (const line of lines) {
          const r = await runToEnd(sim, line);
          expect(Number.isInteger(r.exitCode) && r.exitCode >= 0 && r.exitCode <= 255).toBe(true);
          expect(r.stderr).not.toContain('internal error');
          now += 1500;
        }
        const world = sim.snapshot() as unknown as {
          world: { containers: Record<string, { name: string; image: string }>; images: Record<string, unknown> };
        };
        const containers = Object.values(world.world.containers);
        expect(new Set(containers.map((c) => c.name)).size).toBe(containers.length);
        for (const c of containers) expect(world.world.images[c.image]).toBeDefined();
        expect(createSimulator({ state: sim.snapshot() }).snapshot()).toEqual(sim.snapshot());
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
