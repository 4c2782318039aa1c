// The simulated Docker Hub (and the other public registries the lessons use): one data file per
// repository, looked up by the familiar name Docker prints ('nginx', 'grafana/grafana',
// 'mcr.microsoft.com/dotnet/sdk').
import type { CatalogRepo } from './types.ts';
import { helloWorld } from './hello-world.ts';
import { busybox } from './busybox.ts';
import { alpine } from './alpine.ts';
import { ubuntu } from './ubuntu.ts';
import { debian } from './debian.ts';
import { nginx } from './nginx.ts';
import { httpd } from './httpd.ts';
import { node } from './node.ts';
import { python } from './python.ts';
import { golang } from './golang.ts';
import { rust } from './rust.ts';
import { eclipseTemurin } from './eclipse-temurin.ts';
import { maven } from './maven.ts';
import { openjdk } from './openjdk.ts';
import { postgres } from './postgres.ts';
import { mysql } from './mysql.ts';
import { mariadb } from './mariadb.ts';
import { redis } from './redis.ts';
import { mongo } from './mongo.ts';
import { memcached } from './memcached.ts';
import { rabbitmq } from './rabbitmq.ts';
import { php } from './php.ts';
import { wordpress } from './wordpress.ts';
import { nextcloud } from './nextcloud.ts';
import { registry } from './registry.ts';
import { traefik } from './traefik.ts';
import { elasticsearch } from './elasticsearch.ts';
import { grafana } from './grafana.ts';
import { prometheus } from './prometheus.ts';
import { portainerCe } from './portainer-ce.ts';
import { gitea } from './gitea.ts';
import { pgadmin4 } from './pgadmin4.ts';
import { dotnetAspnet } from './dotnet-aspnet.ts';
import { dotnetSdk } from './dotnet-sdk.ts';

const REPOS: CatalogRepo[] = [
  helloWorld,
  busybox,
  alpine,
  ubuntu,
  debian,
  nginx,
  httpd,
  node,
  python,
  golang,
  rust,
  eclipseTemurin,
  maven,
  openjdk,
  postgres,
  mysql,
  mariadb,
  redis,
  mongo,
  memcached,
  rabbitmq,
  php,
  wordpress,
  nextcloud,
  registry,
  traefik,
  elasticsearch,
  grafana,
  prometheus,
  portainerCe,
  gitea,
  pgadmin4,
  dotnetAspnet,
  dotnetSdk,
];

const BY_NAME = new Map(REPOS.map((r) => [r.name, r]));

/** The repository with this familiar name, if the catalog has it. */
export function findRepo(name: string): CatalogRepo | undefined {
  return BY_NAME.get(name);
}

export function allRepos(): CatalogRepo[] {
  return REPOS;
}
