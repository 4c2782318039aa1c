// The simulated Docker Hub (and the other public registries the lessons use): one data file per
// repository, looked up by the familiar name Docker prints ('nginx', 'grafana/grafana',
// 'mcr.microsoft.com/dotnet/sdk').
//
// The data files load on demand (the terminal's bundle budget): this index knows every name and
// how to load its file. Async code loads what it is about to use (`ensureRepo`, `ensureRepos`,
// `ensureAllRepos`); the sync lookups then answer from what is loaded. docker's dispatch loads
// the repositories a command line names, and those of every image in the world before each
// command (see README.md). To add a repository: its data file, and a line in REPOS below.
import type { CatalogRepo } from './types.ts';

type Load = () => Promise<Record<string, unknown>>;

/** Familiar name -> its data file (which exports the CatalogRepo of that name). */
const REPOS: Record<string, Load> = {
  'hello-world': () => import('./hello-world.ts'),
  busybox: () => import('./busybox.ts'),
  alpine: () => import('./alpine.ts'),
  ubuntu: () => import('./ubuntu.ts'),
  debian: () => import('./debian.ts'),
  nginx: () => import('./nginx.ts'),
  httpd: () => import('./httpd.ts'),
  node: () => import('./node.ts'),
  python: () => import('./python.ts'),
  golang: () => import('./golang.ts'),
  rust: () => import('./rust.ts'),
  'eclipse-temurin': () => import('./eclipse-temurin.ts'),
  maven: () => import('./maven.ts'),
  openjdk: () => import('./openjdk.ts'),
  postgres: () => import('./postgres.ts'),
  'zulip/zulip-postgresql': () => import('./zulip-postgresql.ts'),
  'ghcr.io/zulip/zulip-server': () => import('./zulip-server.ts'),
  mysql: () => import('./mysql.ts'),
  mariadb: () => import('./mariadb.ts'),
  redis: () => import('./redis.ts'),
  mongo: () => import('./mongo.ts'),
  'mongo-express': () => import('./mongo-express.ts'),
  memcached: () => import('./memcached.ts'),
  rabbitmq: () => import('./rabbitmq.ts'),
  php: () => import('./php.ts'),
  wordpress: () => import('./wordpress.ts'),
  nextcloud: () => import('./nextcloud.ts'),
  registry: () => import('./registry.ts'),
  traefik: () => import('./traefik.ts'),
  elasticsearch: () => import('./elasticsearch.ts'),
  'docker.elastic.co/elasticsearch/elasticsearch': () => import('./elastic-registry.ts'),
  kibana: () => import('./kibana.ts'),
  'docker.elastic.co/kibana/kibana': () => import('./kibana.ts'),
  'grafana/grafana': () => import('./grafana.ts'),
  'prom/prometheus': () => import('./prometheus.ts'),
  'portainer/portainer-ce': () => import('./portainer-ce.ts'),
  'gitea/gitea': () => import('./gitea.ts'),
  'docker.gitea.com/gitea': () => import('./gitea-registry.ts'),
  'dpage/pgadmin4': () => import('./pgadmin4.ts'),
  adminer: () => import('./adminer.ts'),
  phpmyadmin: () => import('./phpmyadmin.ts'),
  'traefik/whoami': () => import('./whoami.ts'),
  'nicolaka/netshoot': () => import('./netshoot.ts'),
  'mcr.microsoft.com/dotnet/aspnet': () => import('./dotnet-aspnet.ts'),
  'mcr.microsoft.com/dotnet/sdk': () => import('./dotnet-sdk.ts'),
};

/**
 * The oldest creation date of any catalog image on each OS release (`family:versionId`): the
 * mtime of the generated base layer's files (image-fs/catalog-layers.ts), known without loading
 * every repository. catalog.test.ts recomputes it from the data and says when it is stale.
 */
export const BASE_DATES: Record<string, string> = {
  'alpine:3.18.12': '2025-02-14T03:28:36Z',
  'alpine:3.19.9': '2025-10-08T11:04:51Z',
  'alpine:3.20.8': '2026-01-08T17:03:56Z',
  'alpine:3.21.6': '2025-03-27T18:40:33Z',
  'alpine:3.22.0': '2025-06-20T03:15:41Z',
  'alpine:3.22.5': '2026-07-29T17:41:31Z',
  'alpine:3.23.5': '2026-07-29T17:41:48Z',
  'alpine:3.24.1': '2026-07-29T17:42:05Z',
  'alpine:3.25_alpha20260805': '2026-08-05T22:14:09Z',
  'alpine:3.9.4': '2019-05-11T01:32:26Z',
  'busybox:1.37.0': '2025-05-17T14:02:36Z',
  'busybox:null': '2026-08-05T10:58:22Z',
  'debian:11': '2022-02-02T02:02:17Z',
  'debian:12': '2024-10-01T21:36:12Z',
  'debian:13': '2026-08-24T00:00:00Z',
  'distroless:13': '2026-08-05T10:59:40Z',
  'oraclelinux:10.0': '2026-08-14T23:58:02Z',
  'oraclelinux:7.9': '2023-10-25T20:51:37Z',
  'oraclelinux:9.6': '2026-04-22T23:54:13Z',
  'rhel:9.6': '2025-06-03T14:27:11Z',
  'rhel:9.7': '2026-08-26T11:02:18Z',
  'scratch:null': '2025-02-17T14:20:41Z',
  'ubuntu:18.04': '2023-05-30T09:32:09Z',
  'ubuntu:20.04': '2025-04-08T10:42:28Z',
  'ubuntu:22.04': '2025-07-31T18:26:04Z',
  'ubuntu:24.04': '2026-07-22T19:04:37Z',
  'ubuntu:26.04': '2026-07-24T12:48:28Z',
};

const loaded = new Map<string, CatalogRepo>();
const loading = new Map<string, Promise<void>>();

function isRepo(value: unknown, name: string): value is CatalogRepo {
  return typeof value === 'object' && value !== null && (value as CatalogRepo).name === name && Array.isArray((value as CatalogRepo).images);
}

/** Every repository name the catalog has, loaded or not. */
export function catalogNames(): string[] {
  return Object.keys(REPOS);
}

export function isCatalogRepo(name: string): boolean {
  return Object.hasOwn(REPOS, name);
}

/** Load a repository's data file (once); names the catalog does not have are ignored. */
export function ensureRepo(name: string): Promise<void> {
  if (loaded.has(name) || !isCatalogRepo(name)) return Promise.resolve();
  let p = loading.get(name);
  if (!p) {
    p = REPOS[name]().then(
      (m) => {
        const repo = Object.values(m).find((v) => isRepo(v, name));
        if (!repo) throw new Error(`engine/catalog: the data file of ${name} exports no CatalogRepo named ${name}`);
        loaded.set(name, repo);
      },
      (e: unknown) => {
        loading.delete(name); // a failed download (the page went offline) may be retried
        throw e;
      },
    );
    loading.set(name, p);
  }
  return p;
}

/** Resolves at once when every name is loaded (or not in the catalog): no extra turn for the common case. */
export function ensureRepos(names: Iterable<string>): Promise<void> | undefined {
  let pending: Promise<void>[] | undefined;
  for (const name of names) {
    if (loaded.has(name) || !isCatalogRepo(name)) continue;
    (pending ??= []).push(ensureRepo(name));
  }
  return pending && Promise.all(pending).then(() => undefined);
}

export async function ensureAllRepos(): Promise<void> {
  await ensureRepos(catalogNames());
}

/** Thrown by the sync lookups for a repository nobody loaded first: a bug in the caller. */
export class CatalogNotLoaded extends Error {}

function notLoaded(name: string): CatalogNotLoaded {
  return new CatalogNotLoaded(
    `engine/catalog: ${name} is used before it was loaded; await ensureRepo(${JSON.stringify(name)}) (or ensureAllRepos()) on the async path first`,
  );
}

/** The repository with this familiar name, if the catalog has it (it must be loaded: see above). */
export function findRepo(name: string): CatalogRepo | undefined {
  const repo = loaded.get(name);
  if (repo || !isCatalogRepo(name)) return repo;
  throw notLoaded(name);
}

/** Every repository, in the index's order (after `ensureAllRepos()`). */
export function allRepos(): CatalogRepo[] {
  return catalogNames().map((name) => findRepo(name) as CatalogRepo);
}
