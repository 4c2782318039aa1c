// `docker top` and `ps` in the container show what a service's entrypoint finally exec'd (the
// registry's `registry serve <config>`, mongo's added --auth and --bind_ip_all, grafana's run.sh
// command) and the titles servers give themselves (redis's `redis-server *:port`).
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};
const cmd = async (name: string) => (await run(`docker top ${name}`)).stdout;

beforeEach(() => {
  sim = createSimulator({ seed: 1, clock: () => now });
});

describe('the main process of a service', () => {
  it('is `registry serve <config>` in the registry images', async () => {
    await run('docker run -d --name reg registry:2');
    expect(await run('docker top reg')).toEqual({
      stdout:
        'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD\n' +
        'root                1225                1206                0                   10:00               ?                   00:00:00            registry serve /etc/docker/registry/config.yml\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('docker exec reg ps')).stdout.split('\n').slice(0, 2).join('\n')).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 registry serve /etc/docker/registry/config.yml');
    await run('docker run -d --name reg3 registry:3');
    expect(await cmd('reg3')).toMatch(/registry serve \/etc\/distribution\/config.yml\n$/);
  });

  it('carries what mongo\'s entrypoint adds, and redis\'s title with its port', async () => {
    await run('docker run -d --name m1 -e MONGO_INITDB_ROOT_USERNAME=root -e MONGO_INITDB_ROOT_PASSWORD=pw mongo');
    await run('docker run -d --name m2 mongo --bind_ip 0.0.0.0');
    await run('docker run -d --name r1 redis --port 7000');
    expect(await cmd('m1')).toMatch(/ mongod --auth --bind_ip_all\n$/);
    expect(await cmd('m2')).toMatch(/ mongod --bind_ip 0\.0\.0\.0\n$/);
    expect(await cmd('r1')).toMatch(/ redis-server \*:7000\n$/);
  });

  it('is grafana\'s `grafana server ...` rather than its /run.sh', async () => {
    await run('docker run -d --name graf grafana/grafana');
    expect(await cmd('graf')).toMatch(
      / grafana server --homepath=\/usr\/share\/grafana --config=\/etc\/grafana\/grafana.ini --packaging=docker cfg:default.log.mode=console cfg:default.paths.data=\/var\/lib\/grafana cfg:default.paths.logs=\/var\/log\/grafana cfg:default.paths.plugins=\/var\/lib\/grafana\/plugins cfg:default.paths.provisioning=\/etc\/grafana\/provisioning\n$/,
    );
  });
});
