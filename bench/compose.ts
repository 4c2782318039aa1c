// `docker compose up -d` and `down` of a 10-service stack (a network, two volumes, depends_on
// chains), images pulled beforehand: the median wall time of each over a few rounds.
import { performance } from 'node:perf_hooks';
import { createSimulator } from '../src/simulator/index.ts';

const IMAGES = ['nginx:alpine', 'redis:alpine', 'postgres:18', 'memcached', 'httpd', 'alpine', 'busybox'];

const STACK = `services:
  proxy:
    image: nginx:alpine
    ports: ["8080:80"]
    depends_on: [web, api]
  web:
    image: httpd
    depends_on: [api]
  api:
    image: nginx:alpine
    environment:
      DATABASE_URL: postgres://app:secret@db:5432/app
    depends_on: [db, cache, queue]
  worker:
    image: alpine
    command: ["sleep", "infinity"]
    depends_on: [db, cache]
  scheduler:
    image: busybox
    command: ["sleep", "infinity"]
    depends_on: [worker]
  db:
    image: postgres:18
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: secret
    volumes: [dbdata:/var/lib/postgresql]
  cache:
    image: redis:alpine
    volumes: [cachedata:/data]
  sessions:
    image: memcached
  queue:
    image: redis:alpine
  metrics:
    image: nginx:alpine
volumes:
  dbdata:
  cachedata:
`;

export async function composeUpDown(rounds: number): Promise<{ up: number; down: number }> {
  let now = Date.UTC(2026, 10, 25, 10, 0, 0);
  const sim = createSimulator({ seed: 5, clock: () => now, files: { 'stack/compose.yaml': STACK } });
  await sim.run('cd stack');
  for (const image of IMAGES) await sim.run(`docker pull -q ${image}`);
  const ups: number[] = [];
  const downs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t0 = performance.now();
    const up = await sim.run('docker compose up -d');
    ups.push(performance.now() - t0);
    if (up.exitCode !== 0) throw new Error(`compose up failed: ${up.stderr}`);
    now += 1000;
    t0 = performance.now();
    const down = await sim.run('docker compose down -t 0');
    downs.push(performance.now() - t0);
    if (down.exitCode !== 0) throw new Error(`compose down failed: ${down.stderr}`);
    now += 1000;
  }
  const median = (l: number[]) => [...l].sort((a, b) => a - b)[Math.floor(l.length / 2)];
  return { up: median(ups), down: median(downs) };
}
