// Shared by the compose subcommand tests: a simulator on a fixed clock (one second per command)
// with a small project in ~/app (web: nginx with a published port, depending on cache: redis
// with a named volume), its images pulled quietly, and result helpers.
import { createSimulator } from '../../../index.ts';
import type { WorldState } from '../../../engine/state.ts';

export const T0 = Date.UTC(2026, 10, 25, 10);

export const STACK = `services:
  web:
    image: nginx:alpine
    ports:
      - "8080:80"
    depends_on:
      - cache
  cache:
    image: redis:alpine
    volumes:
      - data:/data
volumes:
  data:
`;

export interface Setup {
  run(line: string): Promise<{ stdout: string; stderr: string; exitCode: number }>;
  advance(ms: number): void;
  world(): WorldState;
  interrupt(): void;
  sim: ReturnType<typeof createSimulator>;
}

export async function setup(opts: { files?: Record<string, string>; up?: boolean; images?: string[] } = {}): Promise<Setup> {
  let now = T0;
  const sim = createSimulator({ seed: 1, clock: () => now, files: opts.files ?? { 'app/compose.yaml': STACK } });
  const run = async (line: string) => {
    const r = await sim.run(line);
    now += 1000;
    return r;
  };
  for (const image of opts.images ?? ['nginx:alpine', 'redis:alpine']) await run(`docker pull -q ${image}`);
  await run('cd app');
  if (opts.up) await run('docker compose up -d');
  return {
    run,
    sim,
    advance: (ms) => {
      now += ms;
    },
    world: () => (sim.snapshot() as unknown as { world: WorldState }).world,
    interrupt: () => sim.interrupt(),
  };
}

export const ok = (stdout: string, stderr = '') => ({ stdout, stderr, exitCode: 0 });
export const fail = (stderr: string, exitCode = 1, stdout = '') => ({ stdout, stderr, exitCode });
export const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('');

/**
 * A flag error of a compose subcommand: compose's FlagErrorFunc returns StatusError{1, message}
 * and the plugin runner prints the message alone (no usage line), exit 1.
 */
export function flagError(message: string): { stdout: string; stderr: string; exitCode: number } {
  return fail(`${message}\n`, 1);
}

/** The ID of the container named `name`. */
export function idOf(s: Setup, name: string): string {
  const c = Object.values(s.world().containers).find((x) => x.name === name);
  if (!c) throw new Error(`no container ${name}`);
  return c.id;
}
