// Zulip (ghcr.io/zulip/zulip-server) through the public API: the entrypoint's phases, its checks
// (SETTING_EXTERNAL_HOST, the database it waits for), the peers /health looks for by name, the
// login page on 80 and TLS on 443.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
const sim = createSimulator({ seed: 1, clock: () => now });
const run = (line: string) => {
  now += 1000;
  return sim.run(line);
};
const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const PHASES = '=== Begin Initial Configuration Phase ===\nExecuting Zulip configuration ...\n=== End Initial Configuration Phase ===\n=== Begin Bootstrap Phase ===\nWaiting for database server to allow connections ...\n';
const IMAGE = 'ghcr.io/zulip/zulip-server:11.0-0';

describe('zulip', () => {
  it('without SETTING_EXTERNAL_HOST the configuration check fails (exit 1)', async () => {
    await run(`docker pull -q ${IMAGE}`);
    expect(await run(`docker run --name z0 ${IMAGE}`)).toEqual({ stdout: '=== Begin Initial Configuration Phase ===\nExecuting Zulip configuration ...\nError in the Zulip configuration. Exiting.\n', stderr: '', exitCode: 1 });
  });
  it('waits a minute for a database that does not answer, then exits 1', async () => {
    await run('docker network create lonely');
    await run(`docker run -d --name z1 --network lonely -e SETTING_EXTERNAL_HOST=chat.example.com ${IMAGE}`);
    expect(await run("docker inspect -f '{{.State.Status}}' z1")).toEqual(ok('running\n'));
    now += 61_000;
    expect(await run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' z1")).toEqual(ok('exited 1\n'));
    expect(await run('docker logs z1')).toEqual(ok(`${PHASES}${'.'.repeat(60)}Could not connect to database server. Exiting.\n`));
  });
  it('reaches its database by name, serves the login page on 80 and /health once every peer answers', async () => {
    await run('docker network create chat');
    await run('docker run -d --name database --network chat -e POSTGRES_USER=zulip -e POSTGRES_PASSWORD=pw zulip/zulip-postgresql:14');
    await run(`docker run -d --name zulip --network chat -p 8080:80 -p 8443:443 -e SETTING_EXTERNAL_HOST=localhost ${IMAGE}`);
    expect(await run('docker logs zulip')).toEqual(ok(`${PHASES}=== End Bootstrap Phase ===\nStarting zulip using supervisor ...\n`));
    expect(await run('curl -s -w " %{http_code}" localhost:8080/health')).toEqual(ok('{"result":"error","msg":"Cannot connect to memcached, rabbitmq, redis"} 500'));
    await run('docker run -d --name memcached --network chat memcached:alpine');
    await run('docker run -d --name rabbitmq --network chat rabbitmq:4.1');
    await run('docker run -d --name redis --network chat redis:alpine');
    expect(await run('curl -s -w " %{http_code}" localhost:8080/health')).toEqual(ok('{"result":"success","msg":""} 200'));
    expect(await run("curl -si localhost:8080 | grep 'HTTP/\\|Location\\|Server'")).toEqual(ok('HTTP/1.1 302 Found\r\nServer: nginx\r\nLocation: /login/\r\n'));
    expect(await run("curl -s localhost:8080/login/ | grep '<title>'")).toEqual(ok('<title>Log in | Zulip</title>\n'));
    expect(await run('curl -s -o /dev/null -w "%{http_code}" localhost:8080/nope')).toEqual(ok('404'));
    expect(await run('curl localhost:8443')).toEqual({ stdout: '', stderr: 'curl: (52) Empty reply from server\n', exitCode: 52 });
    expect(await run('docker top zulip -o pid,args')).toEqual(ok('PID                 COMMAND\n1288                /usr/bin/python3 /usr/bin/supervisord -n -c /etc/supervisor/supervisord.conf -u root\n'));
    expect(await run(`docker image inspect -f '{{json .Config.Entrypoint}} {{json .Config.Cmd}} {{json .Config.ExposedPorts}} {{json .Config.Volumes}}' ${IMAGE}`)).toEqual(ok('["/sbin/entrypoint.sh"] ["app:run"] {"443/tcp":{},"80/tcp":{}} {"/data":{}}\n'));
  });
});
