// Every corpus stack end to end through the public API, as a learner runs it: `docker compose up
// -d`, a minute on the clock, `docker compose ps`, `docker compose logs --tail 5`, `docker
// compose down -v`. Each container must reach the state real Docker gives it (running, healthy,
// or exited with the code a one-shot or broken command ends with), without a restart loop and
// without a "not simulated" program; `down -v` leaves nothing of the project behind.
// A stack whose images or programs the simulator does not model yet is listed with its `gap`
// and expected to fail: when the gap is filled, that test fails, and the entry comes out
// (SHOW_GAPS=1 npx vitest run <this file> runs them as ordinary tests, to see what still fails).
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';
import * as a from './stacks-a.ts';
import * as b from './stacks-b.ts';
import type { Stack } from './stacks-a.ts';

interface Expected {
  stack: Stack;
  /** Container name → 'running', 'healthy' or 'exited N', once up -d returned and a minute passed. */
  containers?: Record<string, string>;
  /** `up -d` fails as it does on a real host (an image no registry has). */
  upError?: string;
  /** What the image or program models lack: the stack cannot run until it is filled. */
  gap?: string;
}

const EXPECTED: Expected[] = [
  {
    stack: a.webappPostgres,
    // The corpus Dockerfile is a bare FROM: on a real host too, python finds no /manage.py (exit 2).
    containers: { 'blog-db-1': 'healthy', 'blog-web-1': 'exited 2' },
  },
  { stack: a.wordpressMariadb, containers: { 'my_wordpress-db-1': 'running', 'my_wordpress-wordpress-1': 'running' } },
  {
    stack: a.nextcloud,
    containers: { 'nextcloud-app-1': 'running', 'nextcloud-cron-1': 'running', 'nextcloud-db-1': 'healthy', 'nextcloud-redis-1': 'running' },
  },
  {
    stack: a.zulip,
    containers: { 'zulip-database-1': 'running', 'zulip-memcached-1': 'running', 'zulip-rabbitmq-1': 'running', 'zulip-redis-1': 'running', 'zulip-zulip-1': 'running' },
  },
  {
    stack: a.traefikWhoami,
    containers: { 'proxy-reverse-proxy-1': 'running', 'proxy-whoami-1': 'running', 'proxy-whoami-2': 'running' },
  },
  {
    stack: a.prometheusGrafana,
    containers: { grafana: 'running', prometheus: 'running' },
  },
  { stack: b.giteaPostgres, containers: { gitea: 'running', 'gitea-db-1': 'running' } },
  {
    stack: b.mernStack,
    // ./api holds only the Dockerfile: npm finds no package.json in the bind-mounted /usr/src/app (exit 254).
    containers: { 'mern-api-1': 'exited 254', 'mern-mongo-1': 'running', 'mern-mongo-express-1': 'running' },
  },
  {
    stack: b.elasticKibana,
    containers: { 'elk-es01-1': 'healthy', 'elk-kibana-1': 'running' },
  },
  { stack: b.portainer, containers: { portainer: 'running' } },
  { stack: b.pgadminProfiles, containers: { 'pgstack-postgres-1': 'running' } },
  {
    stack: b.nginxNetworks,
    upError: "Error response from daemon: pull access denied for example/shop, repository does not exist or may require 'docker login'\n",
  },
  // node:22 without a script and without a terminal on stdin reads end of file and exits 0.
  { stack: b.devOverride, containers: { 'api-api-1': 'exited 0' } },
];

const UNMODELLED = /not simulated in Dockyard|not modelled/;

interface World {
  containers: Record<string, { name: string; restartCount: number; config: { Labels?: Record<string, string> } }>;
  networks: Record<string, { labels?: Record<string, string> }>;
  volumes: Record<string, { labels?: Record<string, string> }>;
}

async function runStack(e: Expected): Promise<void> {
  let now = Date.UTC(2026, 10, 25, 10);
  const dir = e.stack.dir.replace('/home/learner/', '');
  const files = Object.fromEntries(Object.entries(e.stack.files).map(([k, v]) => [`${dir}/${k}`, v]));
  const sim = createSimulator({ seed: 1, clock: () => now, files });
  const world = () => (sim.snapshot() as unknown as { world: World }).world;
  const run = async (line: string) => {
    const r = await sim.run(line);
    now += 1000;
    expect(`${r.stdout}${r.stderr}`, line).not.toMatch(UNMODELLED);
    return r;
  };
  await run(`cd ${dir}`);
  const up = await run('docker compose up -d');
  if (e.upError) {
    expect([up.exitCode, up.stderr.slice(up.stderr.lastIndexOf('\n', up.stderr.length - 2) + 1)]).toEqual([1, e.upError]);
    return;
  }
  expect(up.exitCode, up.stderr).toBe(0);
  now += 60_000;
  const states = await run("docker compose ps -a --format '{{.Name}} {{.State}} {{.Health}} {{.ExitCode}}'");
  const seen = Object.fromEntries(states.stdout.trim().split('\n').map((l) => {
    const [name, state, health, code] = l.split(' ');
    return [name, state === 'exited' ? `exited ${code}` : health === 'healthy' ? 'healthy' : state];
  }));
  expect(seen).toEqual(e.containers);
  const project = Object.values(world().containers)[0]?.config.Labels?.['com.docker.compose.project'];
  const restarts = Object.values(world().containers).map((c) => [c.name, c.restartCount]);
  expect(restarts.sort()).toEqual(Object.keys(e.containers ?? {}).sort().map((n) => [n, 0]));
  const ps = await run('docker compose ps');
  expect([ps.exitCode, ps.stdout.split('\n')[0]]).toEqual([0, expect.stringMatching(/^NAME +IMAGE +COMMAND +SERVICE +CREATED +STATUS +PORTS$/)]);
  expect((await run('docker compose logs --tail 5')).exitCode).toBe(0);
  expect((await run('docker compose down -v')).exitCode).toBe(0);
  const ofProject = (labels?: Record<string, string>) => labels?.['com.docker.compose.project'] === project;
  const left = world();
  expect([Object.values(left.containers), Object.values(left.networks).filter((n) => ofProject(n.labels)), Object.values(left.volumes).filter((v) => ofProject(v.labels))]).toEqual([[], [], []]);
}

describe('corpus stacks run end to end', () => {
  for (const e of EXPECTED) {
    if (e.gap && !process.env.SHOW_GAPS) it.fails(`${e.stack.name} (gap: ${e.gap})`, () => runStack(e));
    else it(e.stack.name, () => runStack(e));
  }
});
