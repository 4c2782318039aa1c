// Every lesson's reference solution, replayed against a fresh simulator with the lesson's starting
// world, must reach every goal; and the starting world must not already satisfy any goal. This
// keeps lessons and simulator from drifting apart (Learn Git Branching's level test, for Docker).
import { describe, expect, it } from 'vitest';
import { createSimulator, evaluateGoals } from '../../src/simulator/index.ts';
import { loadLessons } from './load-lessons.ts';

const lessons = loadLessons();

/** The lesson's starting world, as the lesson page builds it (virtual clock: waits take no time). */
async function startingWorld(data: (typeof lessons)[number]['data']) {
  let now = Date.UTC(2026, 0, 1);
  const sim = createSimulator({ seed: 1, clock: () => (now += 250), files: data.start.files });
  for (const line of data.start.setup) {
    const r = await sim.run(line);
    expect(r.exitCode, `setup \`${line}\`: ${r.stderr}`).toBe(0);
  }
  return sim;
}

describe('lessons', () => {
  it('are found, with unique orders', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    const orders = lessons.map((l) => l.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  for (const { slug, data } of lessons) {
    describe(slug, () => {
      it('starts with no goal done', async () => {
        const sim = await startingWorld(data);
        const results = evaluateGoals(data.goals, sim.snapshot());
        expect(results.map((r) => r.done)).toEqual(data.goals.map(() => false));
        for (const r of results) expect(r.missing).toBeTruthy();
      });

      it('reaches every goal with its solution', async () => {
        const sim = await startingWorld(data);
        for (const line of data.solution) {
          const r = await sim.run(line);
          expect(r.exitCode, `solution \`${line}\`: ${r.stderr}`).toBe(0);
        }
        expect(evaluateGoals(data.goals, sim.snapshot())).toEqual(data.goals.map(() => ({ done: true })));
      });
    });
  }
});
