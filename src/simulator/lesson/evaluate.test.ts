import { describe, expect, it } from 'vitest';
import { createSimulator } from '../simulator.ts';
import { evaluateGoals } from './evaluate.ts';
import type { Goal } from './goals.ts';

/** A snapshot with hand-made records, for state the simulator may not produce yet (ports, volumes, files). */
function world(parts: { containers?: object[]; images?: object[]; volumes?: object[] }) {
  const byKey = (list: object[] = [], key: string) => Object.fromEntries(list.map((r) => [(r as Record<string, string>)[key], r]));
  return {
    version: 1,
    world: { images: byKey(parts.images, 'id'), containers: byKey(parts.containers, 'id'), volumes: byKey(parts.volumes, 'name'), networks: {} },
    session: {},
  };
}

const NGINX = { id: 'sha256:aaa', repoTags: ['nginx:latest'], layers: [{ digest: 'sha256:l1', size: 1 }, { digest: 'sha256:l2', size: 2 }] };

function container(name: string, over: Record<string, unknown> = {}) {
  return {
    id: `id-${name}`,
    name,
    image: NGINX.id,
    imageRef: 'nginx',
    created: 1,
    state: { status: 'running', exitCode: 0 },
    hostConfig: { PortBindings: {}, NetworkMode: 'bridge' },
    ...over,
  };
}

type Bare<T> = T extends unknown ? Omit<T, 'description'> : never;
const g = (goal: Bare<Goal>): Goal => ({ description: 'd', ...goal }) as Goal;

async function simWorld(commands: string[]) {
  let t = 1_700_000_000_000;
  const sim = createSimulator({ seed: 3, clock: () => (t += 1000) });
  for (const c of commands) await sim.run(c);
  return sim.snapshot();
}

describe('evaluateGoals over a simulated world', () => {
  it('turns goals done as the world changes, whatever commands got there', async () => {
    const goals: Goal[] = [
      g({ kind: 'container-exited', image: 'hello-world', exitCode: 0 }),
      g({ kind: 'container-exists', image: 'hello-world', atLeast: 2 }),
      g({ kind: 'image-present', ref: 'docker.io/library/hello-world:latest' }),
      g({ kind: 'container-running', name: 'web', image: 'nginx' }),
    ];
    expect(evaluateGoals(goals, await simWorld([]))).toEqual([
      { done: false, missing: 'There is no container from hello-world yet.' },
      { done: false, missing: 'There is no container from hello-world yet.' },
      { done: false, missing: 'There is no image hello-world:latest yet.' },
      { done: false, missing: 'There is no container named web yet.' },
    ]);
    const after = await simWorld(['docker run hello-world', 'docker run -d --name web nginx']);
    expect(evaluateGoals(goals, after)).toEqual([
      { done: true },
      { done: false, missing: '1 of the 2 containers needed so far.' },
      { done: true },
      { done: true },
    ]);
    expect(evaluateGoals(goals, await simWorld(['docker pull hello-world', 'docker create hello-world', 'docker run hello-world', 'docker run -d --name web nginx']))).toEqual([
      { done: true },
      { done: true },
      { done: true },
      { done: true },
    ]);
  });

  it('explains a stopped, killed or wrongly made container', async () => {
    const snap = await simWorld(['docker run -d --name web nginx', 'docker stop web', 'docker run -d --name other alpine sleep 100', 'docker kill other']);
    expect(
      evaluateGoals(
        [
          g({ kind: 'container-running', name: 'web' }),
          g({ kind: 'container-exited', name: 'other', exitCode: 0 }),
          g({ kind: 'container-exited', name: 'other', exitCode: 137 }),
          g({ kind: 'container-running', name: 'other', image: 'nginx' }),
          g({ kind: 'container-exists', name: 'web', status: 'paused' }),
        ],
        snap,
      ),
    ).toEqual([
      { done: false, missing: 'web exists but is exited (0), not running.' },
      { done: false, missing: 'other exited with code 137, not 0.' },
      { done: true },
      { done: false, missing: 'other was created from alpine, not nginx.' },
      { done: false, missing: 'web is exited (0), not paused.' },
    ]);
  });

  it('checks images by reference and names the containers that keep one alive', async () => {
    const snap = await simWorld(['docker run hello-world', 'docker pull nginx', 'docker tag nginx my-nginx:v1']);
    const results = evaluateGoals(
      [
        g({ kind: 'image-absent', ref: 'hello-world' }),
        g({ kind: 'image-present', ref: 'my-nginx:v1' }),
        g({ kind: 'image-present', ref: 'nginx', layers: 3 }),
        g({ kind: 'image-absent', ref: 'redis' }),
        g({ kind: 'container-absent', image: 'hello-world' }),
        g({ kind: 'container-absent', image: 'nginx' }),
      ],
      snap,
    );
    expect(results[0].missing).toMatch(/^hello-world:latest is still stored\. Containers still use it: \w+_\w+\.$/);
    expect(results.slice(1)).toEqual([
      { done: true },
      { done: false, missing: 'nginx:latest has 7 layers, not 3.' },
      { done: true },
      { done: false, missing: expect.stringMatching(/^Still there: \w+ \(exited \(0\)\)\.$/) },
      { done: true },
    ]);
  });
});

describe('evaluateGoals over hand-made records', () => {
  it('checks published ports, with tcp as the default protocol', () => {
    const snap = world({
      images: [NGINX],
      containers: [container('web', { hostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } } })],
    });
    expect(
      evaluateGoals(
        [
          g({ kind: 'container-running', image: 'nginx', publishes: ['8080:80'] }),
          g({ kind: 'container-running', image: 'nginx', publishes: ['8080:80/tcp', '9090:90'] }),
          g({ kind: 'container-running', image: 'nginx:latest', publishes: ['8080:80/udp'] }),
        ],
        snap,
      ),
    ).toEqual([
      { done: true },
      { done: false, missing: 'web is running but does not publish 9090:90 (host port:container port).' },
      { done: false, missing: 'web is running but does not publish 8080:80/udp (host port:container port).' },
    ]);
  });

  it('checks volume mounts and files in the writable layer or a volume', () => {
    const mount = { Type: 'volume', Name: 'data', Source: '/var/lib/docker/volumes/data/_data', Destination: '/srv', RW: true };
    const snap = world({
      images: [NGINX],
      containers: [
        container('db', { mounts: [mount], upper: { '/etc/motd': { kind: 'file', data: 'hello there\n' } } }),
        container('other'),
      ],
      volumes: [{ name: 'data', driver: 'local', tree: { kind: 'dir', children: { notes: { kind: 'dir', children: { 'a.txt': { kind: 'file', data: 'kept' } } } } } }],
    });
    expect(
      evaluateGoals(
        [
          g({ kind: 'volume-mounted', volume: 'data', path: '/srv' }),
          g({ kind: 'volume-mounted', volume: 'data', path: '/srv', container: 'other' }),
          g({ kind: 'volume-mounted', volume: 'logs', path: '/logs' }),
          g({ kind: 'file-contains', container: 'db', path: '/etc/motd', text: 'hello' }),
          g({ kind: 'file-contains', container: 'db', path: '/srv/notes/a.txt', text: 'kept' }),
          g({ kind: 'file-contains', container: 'db', path: '/etc/motd', text: 'bye' }),
          g({ kind: 'file-contains', container: 'other', path: '/srv/notes/a.txt', text: 'kept' }),
          g({ kind: 'file-contains', container: 'ghost', path: '/x', text: 'x' }),
        ],
        snap,
      ),
    ).toEqual([
      { done: true },
      { done: false, missing: 'other does not mount volume data at /srv.' },
      { done: false, missing: 'No container mounts volume logs at /logs yet.' },
      { done: true },
      { done: true },
      { done: false, missing: '/etc/motd in db does not contain “bye” yet.' },
      { done: false, missing: '/srv/notes/a.txt in other is not a file you wrote yet.' },
      { done: false, missing: 'There is no container named ghost yet.' },
    ]);
  });

  it('treats a damaged or empty snapshot as an empty world', () => {
    const goals = [g({ kind: 'image-absent', ref: 'nginx' }), g({ kind: 'container-running', image: 'nginx' })];
    for (const snap of [null, 42, 'x', {}, { world: { containers: [1, 2], images: 'no' } }]) {
      expect(evaluateGoals(goals, snap)).toEqual([{ done: true }, { done: false, missing: 'There is no container from nginx yet.' }]);
    }
  });
});
