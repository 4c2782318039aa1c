import { describe, expect, it } from 'vitest';
import { createSimulator, viewWorld } from '../../simulator/index.ts';
import { describeLifecycle, nextSteps, stageOf } from './lifecycle.ts';
import { formatSize, panelModel } from './panel-model.ts';

async function model(commands: string[]) {
  let t = Date.UTC(2026, 0, 1);
  const sim = createSimulator({ seed: 2, clock: () => (t += 1000) });
  for (const c of commands) await sim.run(c);
  return panelModel(viewWorld(sim.snapshot()));
}

describe('panelModel', () => {
  it('shows an empty world', async () => {
    const m = await model([]);
    expect(m.summary).toBe('0 images, 0 containers');
    expect(m.containers).toEqual([]);
    expect(m.images).toEqual([]);
    expect(m.networks.map((n) => n.name).sort()).toEqual(['bridge', 'host', 'none']);
  });

  it('draws images as stacks, marking the layers two images share', async () => {
    const m = await model(['docker pull nginx', 'docker pull httpd', 'docker pull alpine']);
    expect(m.summary).toBe('3 images, 0 containers');
    const [nginx, httpd, alpine] = m.images;
    expect(nginx.names).toEqual(['nginx:latest']);
    expect(nginx.layers).toHaveLength(7);
    // The Debian base is the bottom layer of both, with one colour slot.
    expect(nginx.layers.at(-1)).toMatchObject({ sharedWith: ['httpd:latest'], share: 0 });
    expect(httpd.layers.at(-1)).toMatchObject({ digest: nginx.layers.at(-1)?.digest, sharedWith: ['nginx:latest'], share: 0 });
    expect(nginx.sharedCount).toBe(1);
    expect(nginx.layers.slice(0, -1).every((l) => l.sharedWith.length === 0 && l.share === undefined)).toBe(true);
    expect(alpine.sharedCount).toBe(0);
    expect(nginx.short).toMatch(/^[0-9a-f]{12}$/);
  });

  it('shows containers newest first, by state, with the images they keep', async () => {
    const m = await model(['docker run -d --name web nginx', 'docker run -d --name sleeper alpine sleep 100', 'docker kill sleeper', 'docker create --name later nginx']);
    expect(m.summary).toBe('2 images, 3 containers (1 running)');
    expect(m.containers.map((c) => [c.name, c.statusText, c.tone, c.image])).toEqual([
      ['later', 'Created', 'created', 'nginx'],
      ['sleeper', 'Exited (137)', 'exited', 'alpine'],
      ['web', 'Running', 'running', 'nginx'],
    ]);
    expect(m.containers[2].networks).toEqual(['bridge']);
    expect(m.images.find((i) => i.names[0] === 'nginx:latest')?.usedBy.sort()).toEqual(['later', 'web']);
    expect(m.networks.find((n) => n.name === 'bridge')?.containers).toEqual(['web']);
  });
});

describe('formatSize', () => {
  it('prints sizes as Docker does', () => {
    expect([0, 999, 4120, 63_600_000, 1_234_567_890].map(formatSize)).toEqual(['0B', '999B', '4.12kB', '63.6MB', '1.23GB']);
  });
});

describe('lifecycle', () => {
  it('places every status and lists the next commands', () => {
    expect(stageOf('restarting')).toBe('running');
    expect(stageOf('dead')).toBe('exited');
    expect(nextSteps('exited', 'web')).toEqual(['docker start web', 'docker rm web']);
    expect(describeLifecycle('created', 'db')).toBe(
      'Lifecycle: created, running, paused, exited, removed. db is created. From here: docker start db, docker rm db.',
    );
  });
});
