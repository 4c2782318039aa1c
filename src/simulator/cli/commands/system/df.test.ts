import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const now = Date.parse('2026-10-01T12:00:00Z');

async function world() {
  const sim = createSimulator({ seed: 1, clock: () => now });
  for (const line of ['docker pull -q alpine', 'docker pull -q nginx:alpine', 'docker pull -q hello-world']) await sim.run(line);
  return sim;
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe('docker system df', () => {
  it('shows an empty machine', async () => {
    const sim = createSimulator({ seed: 1, clock: () => now });
    expect(await sim.run('docker system df')).toEqual(
      ok(`TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
Images          0         0         0B        0B
Containers      0         0         0B        0B
Local Volumes   0         0         0B        0B
Build Cache     0         0         0B        0B
`),
    );
  });

  it('counts shared base layers once and does not reclaim what another image shares', async () => {
    const sim = await world();
    // alpine's base layer is also nginx:alpine's: unused images free only their unique bytes.
    expect(await sim.run('docker system df')).toEqual(
      ok(`TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
Images          3         0         91.37MB   79.18MB (86%)
Containers      0         0         0B        0B
Local Volumes   0         0         0B        0B
Build Cache     0         0         0B        0B
`),
    );
    await sim.run('docker run hello-world');
    await sim.run('docker run -d --name web nginx:alpine');
    expect(await sim.run('docker system df')).toEqual(
      ok(`TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
Images          3         2         91.37MB   46.31kB (0%)
Containers      2         1         0B        0B
Local Volumes   0         0         0B        0B
Build Cache     0         0         0B        0B
`),
    );
  });

  it('prints a table per kind with -v', async () => {
    const sim = await world();
    await sim.run('docker run -d --name web nginx:alpine');
    const r = await sim.run('docker system df -v');
    expect(r).toEqual(
      ok(`Images space usage:

REPOSITORY    TAG       IMAGE ID       CREATED        SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS
nginx         alpine    69c15e2b78b2   5 weeks ago    91.3MB    12.2MB        79.1MB        1
hello-world   latest    b070dc4fc442   7 weeks ago    37.6kB    0B            37.6kB        0
alpine        latest    894cc588e621   2 months ago   12.2MB    12.2MB        46.3kB        0

Containers space usage:

CONTAINER ID   IMAGE          COMMAND                  LOCAL VOLUMES   SIZE      CREATED                  STATUS                  NAMES
ae993a0ba8c8   nginx:alpine   "/docker-entrypoint.…"   0               0B        Less than a second ago   Up Less than a second   web

Local Volumes space usage:

VOLUME NAME   LINKS     SIZE

Build cache usage: 0B

CACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED
`),
    );
  });

  it('renders --format as table, template, json and raw', async () => {
    const sim = await world();
    expect(await sim.run("docker system df --format 'table {{.Type}}\\t{{.Reclaimable}}'")).toEqual(
      ok(`TYPE            RECLAIMABLE
Images          79.18MB (86%)
Containers      0B
Local Volumes   0B
Build Cache     0B
`),
    );
    expect(await sim.run("docker system df --format '{{.Type}}={{.TotalCount}}'")).toEqual(
      ok('Images=3\nContainers=0\nLocal Volumes=0\nBuild Cache=0\n'),
    );
    const json = await sim.run('docker system df --format json');
    expect(json.stdout.split('\n')[0]).toBe('{"Active":"0","Reclaimable":"79.18MB (86%)","Size":"91.37MB","TotalCount":"3","Type":"Images"}');
    const raw = await sim.run('docker system df --format raw');
    expect(raw.stdout.startsWith('type: Images\ntotal: 3\nactive: 0\nsize: 91.37MB\nreclaimable: 79.18MB (86%)\n\ntype: Containers\n')).toBe(true);
    expect(await sim.run("docker system df -v --format '{{range .Images}}{{.Repository}} {{end}}'")).toEqual(ok('nginx hello-world alpine '));
  });

  it('reports template errors with exit 1', async () => {
    const sim = await world();
    expect(await sim.run("docker system df --format '{{.Nope}}'")).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.diskUsageImagesContext\n',
      exitCode: 1,
    });
  });

  it('rejects arguments and unknown flags', async () => {
    const sim = createSimulator({ seed: 1, clock: () => now });
    expect(await sim.run('docker system df -a')).toEqual({
      stdout: '',
      stderr: "unknown shorthand flag: 'a' in -a\n\nUsage:  docker system df [OPTIONS]\n\nRun 'docker system df --help' for more information\n",
      exitCode: 125,
    });
  });
});
