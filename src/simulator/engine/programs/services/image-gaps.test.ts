// Gaps the corpus stacks found, through the public API: the older tags tutorials pin, image
// labels inherited from the history's LABEL steps, servers asked for their version (they print
// and exit), entrypoint notes only when the entrypoint's branch ran, nextcloud's cron sidecar
// and a shell in the Elastic images.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const ok = (stdout: string, stderr = '') => ({ stdout, stderr, exitCode: 0 });

async function sim(...images: string[]) {
  let now = Date.UTC(2026, 10, 25, 10);
  const s = createSimulator({ seed: 1, clock: () => now });
  for (const im of images) expect((await s.run(`docker pull -q ${im}`)).exitCode).toBe(0);
  return { run: (line: string) => s.run(line), advance: (ms: number) => (now += ms) };
}

describe('older tags the tutorials pin', () => {
  it('serves traefik v3.4-v3.6, prometheus v3.4.0, grafana 12.0.1 and rabbitmq 4.1', async () => {
    const s = await sim('traefik:v3.4', 'traefik:v3.5', 'traefik:v3.6', 'prom/prometheus:v3.4.0', 'grafana/grafana:12.0.1', 'rabbitmq:4.1', 'rabbitmq:4.1-management', 'rabbitmq:4.1-management-alpine');
    const version = (ref: string) => s.run(`docker image inspect -f '{{index .Config.Labels "org.opencontainers.image.version"}} {{.Created}}' ${ref}`);
    expect(await version('traefik:v3.4')).toEqual(ok('v3.4.5 2025-07-29T15:02:11Z\n'));
    expect(await version('traefik:v3.5')).toEqual(ok('v3.5.6 2025-11-12T16:40:27Z\n'));
    expect(await version('traefik:v3.6')).toEqual(ok('v3.6.9 2026-07-30T09:12:44Z\n'));
    expect(await s.run("docker image inspect -f '{{.Created}} {{.Config.User}}' prom/prometheus:v3.4.0 grafana/grafana:12.0.1")).toEqual(ok('2025-05-17T14:02:36Z nobody\n2025-05-21T11:37:49Z 472\n'));
    expect(await s.run("docker run --rm --entrypoint sh rabbitmq:4.1-management -c 'echo $RABBITMQ_VERSION'")).toEqual(ok('4.1.8\n'));
    expect(await s.run("docker image inspect -f '{{.Config.ExposedPorts}}' rabbitmq:4.1-management-alpine")).toEqual(
      ok('map[15671/tcp:{} 15672/tcp:{} 15691/tcp:{} 15692/tcp:{} 25672/tcp:{} 4369/tcp:{} 5671/tcp:{} 5672/tcp:{}]\n'),
    );
  });

  it('starts them with their own version in the log', async () => {
    const s = await sim('traefik:v3.4', 'prom/prometheus:v3.4.0');
    await s.run('docker run -d --name proxy traefik:v3.4');
    await s.run('docker run -d --name prom prom/prometheus:v3.4.0');
    expect((await s.run('docker logs proxy')).stdout.split('\n')[0]).toMatch(/ INF Traefik version 3\.4\.5 built on 2025-07-29T15:02:11Z version=3\.4\.5$/);
    expect((await s.run('docker logs prom')).stderr).toContain('msg="Starting Prometheus Server" mode=server version="(version=3.4.0, branch=HEAD,');
  });
});

describe('image labels', () => {
  it('carries the LABEL steps of the image and its base into the config', async () => {
    const s = await sim('nginx', 'ubuntu:24.04', 'rabbitmq:4.1');
    const labels = (ref: string) => s.run(`docker image inspect -f '{{json .Config.Labels}}' ${ref}`);
    expect(await labels('nginx')).toEqual(ok('{"maintainer":"NGINX Docker Maintainers <docker-maint@nginx.com>"}\n'));
    expect(await labels('ubuntu:24.04')).toEqual(ok('{"org.opencontainers.image.ref.name":"ubuntu","org.opencontainers.image.version":"24.04"}\n'));
    expect(await labels('rabbitmq:4.1')).toEqual(ok('{"org.opencontainers.image.ref.name":"ubuntu","org.opencontainers.image.version":"24.04"}\n'));
  });
});

const NGINX_NOTES = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
].map((l) => `${l}\n`).join('');

describe('servers asked for their version print it and exit', () => {
  it('nginx -v and -t (after the entrypoint notes: its $1 is nginx)', async () => {
    const s = await sim('nginx');
    expect(await s.run('docker run --rm nginx nginx -v')).toEqual(ok(NGINX_NOTES, 'nginx version: nginx/1.31.4\n'));
    expect(await s.run('docker run --rm nginx nginx -t')).toEqual(
      ok(NGINX_NOTES, 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n'),
    );
    expect(await s.run('docker run --rm --entrypoint nginx nginx -v')).toEqual(ok('', 'nginx version: nginx/1.31.4\n'));
    expect(await s.run('docker ps -aq')).toEqual(ok(''));
  });

  it('redis-server --version, postgres --version (no password needed) and node -v', async () => {
    const s = await sim('redis', 'postgres', 'postgres:alpine', 'node');
    expect(await s.run('docker run --rm redis redis-server --version')).toEqual(ok('Redis server v=8.10.1 sha=00000000:1 malloc=jemalloc-5.3.0 bits=64 build=b5c1ee4fa07d3c2e\n'));
    expect(await s.run('docker run --rm postgres postgres --version')).toEqual(ok('postgres (PostgreSQL) 18.6 (Debian 18.6-1.pgdg13+2)\n'));
    expect(await s.run('docker run --rm postgres:alpine postgres -V')).toEqual(ok('postgres (PostgreSQL) 18.6\n'));
    expect(await s.run('docker run --rm node node -v')).toEqual(ok('v26.7.0\n'));
  });
});

describe('entrypoint notes', () => {
  it('are printed only when the entrypoint started the server itself', async () => {
    const s = await sim('nginx', 'redis');
    await s.run('docker run -d --name web1 nginx');
    await s.run(`docker run -d --name web2 nginx sh -c 'exec nginx -g "daemon off;"'`);
    await s.run('docker run -d --name red1 redis --port 6390');
    await s.run("docker run -d --name red2 redis sh -c 'exec redis-server --port 6380'");
    expect((await s.run('docker logs web1')).stdout).toBe(NGINX_NOTES);
    const web2 = await s.run('docker logs web2');
    expect(web2.stdout).toBe('');
    expect(web2.stderr.split('\n')[0]).toMatch(/^2026\/11\/25 10:00:\d\d \[notice\] 1#1: using the "epoll" event method$/);
    const starting = /^1:C 25 Nov 2026 10:00:\d\d\.\d{3} \* oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo$/;
    const red1 = (await s.run('docker logs red1')).stdout.split('\n');
    expect(red1[0]).toBe('Starting Redis Server');
    expect(red1[1]).toMatch(starting);
    expect((await s.run('docker logs red2')).stdout.split('\n')[0]).toMatch(starting);
  });
});

describe('nextcloud cron sidecar and the Elastic images', () => {
  it('runs busybox crond from /cron.sh until docker stop kills it', async () => {
    const s = await sim('nextcloud:apache');
    expect(await s.run('docker run --rm --entrypoint cat nextcloud:apache /cron.sh')).toEqual(ok('#!/bin/sh\nset -eu\n\nexec busybox crond -f -L /dev/stdout\n'));
    expect((await s.run('docker run -d --name cron --entrypoint /cron.sh nextcloud:apache')).exitCode).toBe(0);
    expect(await s.run('docker logs cron')).toEqual(ok('crond: crond (busybox 1.37.0) started, log level 8\n'));
    expect(await s.run("docker ps --format '{{.Names}} {{.Command}} {{.Status}}'")).toEqual(ok('cron "/cron.sh" Up Less than a second\n'));
    expect(await s.run('docker stop cron')).toEqual(ok('cron\n'));
    expect(await s.run("docker ps -a --format '{{.Status}}'")).toEqual(ok('Exited (137) Less than a second ago\n'));
  });

  it('has /bin/sh and bash in elasticsearch 9 (tini stays in /usr/bin, /bin links to it)', async () => {
    const s = await sim('docker.elastic.co/elasticsearch/elasticsearch:9.0.2');
    const es = 'docker.elastic.co/elasticsearch/elasticsearch:9.0.2';
    expect(await s.run(`docker run --rm --entrypoint /bin/sh ${es} -c 'echo ok; ls /bin/bash /bin/tini'`)).toEqual(ok('ok\n/bin/bash\n/bin/tini\n'));
  });
});
