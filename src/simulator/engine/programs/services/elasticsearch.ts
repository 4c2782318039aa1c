// Elasticsearch (eswrapper under tini) as its image runs it. Settings come from the environment
// (discovery.type=single-node, xpack.security.enabled=false ...). The image binds 0.0.0.0, so
// the production bootstrap checks apply unless discovery is single-node: on a host with the
// default vm.max_map_count they fail and the node exits 78. With security on (the default) it
// auto-configures TLS: HTTP on 9200 is then HTTPS and a plain request gets an empty reply.
import type { Engine } from '../../engine.ts';
import type { HttpService } from '../../http/types.ts';
import type { ContainerRecord } from '../../state.ts';
import type { ProgramContext } from '../types.ts';
import { base64, catalogOf, containerEnv, containerIp, failed, filesOf, filesOfContainer, isoTime, jsonResponse, lines, running, tagVersion, textResponse, writeFiles } from './common.ts';
import type { ServiceModel } from './types.ts';

const DATA = '/usr/share/elasticsearch/data';

/** A setting as the image reads it: `discovery.type` or ES_SETTING_DISCOVERY_TYPE. */
function setting(env: Record<string, string>, key: string): string | undefined {
  return env[key] ?? env[`ES_SETTING_${key.toUpperCase().replace(/_/g, '__').replace(/\./g, '_')}`];
}

export function securityOn(env: Record<string, string>): boolean {
  return setting(env, 'xpack.security.enabled') !== 'false';
}

function bootstrapFailures(env: Record<string, string>): string[] {
  if (setting(env, 'discovery.type') === 'single-node') return [];
  const checks = ['max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]'];
  if (!['discovery.seed_hosts', 'discovery.seed_providers', 'cluster.initial_master_nodes'].some((k) => setting(env, k))) {
    checks.push('the default discovery settings are unsuitable for production use; at least one of [discovery.seed_hosts, discovery.seed_providers, cluster.initial_master_nodes] must be configured');
  }
  return checks;
}

function ecs(ctx: ProgramContext, level: string, logger: string, message: string): string {
  const node = setting(ctx.env, 'node.name') ?? ctx.container.config.Hostname;
  const cluster = setting(ctx.env, 'cluster.name') ?? 'docker-cluster';
  return `{"@timestamp":"${isoTime(ctx.now)}", "log.level": "${level}", "message":"${message}", "ecs.version": "1.2.0","service.name":"ES_ECS","event.dataset":"elasticsearch.server","process.thread.name":"main","log.logger":"${logger}","elasticsearch.node.name":"${node}","elasticsearch.cluster.name":"${cluster}"}`;
}

function securityBox(password: string, fingerprint: string): string[] {
  const rule = '━'.repeat(86);
  return [
    '', rule, '✅ Elasticsearch security features have been automatically configured!', '✅ Authentication is enabled and cluster connections are encrypted.', '',
    ...(password ? ['ℹ️  Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):', `  ${password}`, ''] : []),
    'ℹ️  HTTP CA certificate SHA-256 fingerprint:', `  ${fingerprint}`, '', rule, '',
  ];
}

function start(ctx: ProgramContext) {
  const v = tagVersion(ctx.catalogImage, '9.5.2');
  const ip = containerIp(ctx.container) || '127.0.0.1';
  const head = [
    ecs(ctx, 'INFO', 'org.elasticsearch.node.Node', `version[${v}], pid[78], build[docker/${buildHash(v)}/${ctx.catalogImage?.created ?? ''}], OS[Linux/6.12.48-dockyard/amd64], JVM[Oracle Corporation/OpenJDK 64-Bit Server VM/24.0.2/24.0.2+12-54]`),
    ecs(ctx, 'INFO', 'org.elasticsearch.node.Node', `JVM home [/usr/share/elasticsearch/jdk], using bundled JDK [true]`),
  ];
  const failures = bootstrapFailures(ctx.env);
  if (failures.length) {
    const n = failures.length;
    const text = [`ERROR: [${n}] bootstrap checks failed. You must address the points described in the following [${n}] lines before starting Elasticsearch.`, ...failures.map((f, i) => `bootstrap check failure [${i + 1}] of [${n}]: ${f}`), 'ERROR: Elasticsearch did not exit normally - check the logs at /usr/share/elasticsearch/logs/docker-cluster.log'];
    return failed('eswrapper', lines('stdout', [...head, ...text]), 78);
  }
  const fs = filesOf(ctx);
  const fresh = !writeOnce(fs);
  const security = securityOn(ctx.env) && fresh ? securityBox(ctx.env.ELASTIC_PASSWORD ? '' : base64(ctx.engine.hex(15)).replace(/[+/=]/g, '_'), ctx.engine.hex(32)) : [];
  return running('eswrapper', lines('stdout', [
    ...head,
    ecs(ctx, 'INFO', 'org.elasticsearch.discovery.DiscoveryModule', `using discovery type [${setting(ctx.env, 'discovery.type') ?? 'multi-node'}] and seed hosts providers [settings]`),
    ecs(ctx, 'INFO', 'org.elasticsearch.node.Node', 'initialized'),
    ecs(ctx, 'INFO', 'org.elasticsearch.node.Node', 'starting ...'),
    ecs(ctx, 'INFO', 'org.elasticsearch.transport.TransportService', `publish_address {${ip}:9300}, bound_addresses {[::]:9300}`),
    ecs(ctx, 'INFO', 'org.elasticsearch.http.AbstractHttpServerTransport', `publish_address {${ip}:9200}, bound_addresses {[::]:9200}`),
    ecs(ctx, 'INFO', 'org.elasticsearch.node.Node', 'started {' + ctx.container.config.Hostname + '}'),
    ...security,
  ]));
}

/** Marks the data directory initialised; false the first time. */
function writeOnce(fs: ReturnType<typeof filesOf>): boolean {
  try {
    if (fs.exists(`${DATA}/node.lock`)) return true;
  } catch {
    return true;
  }
  writeFiles(fs, { [`${DATA}/node.lock`]: '', [`${DATA}/_state/`]: '' }, 1000);
  return false;
}

function buildHash(v: string): string {
  let h = 2166136261;
  let hex = '';
  for (let i = 0; hex.length < 40; i++) {
    h = Math.imul(h ^ v.charCodeAt(i % v.length) ^ (i * 31), 16777619) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  return hex.slice(0, 40);
}

/** The cluster's uuid, kept in the data directory. */
function clusterUuid(engine: Engine, c: ContainerRecord): string {
  const fs = filesOfContainer(engine, c);
  try {
    return fs.readFile(`${DATA}/_state/cluster-uuid`);
  } catch {
    const id = base64(engine.hex(16)).replace(/[+/=]/g, (ch) => ({ '+': '-', '/': '_', '=': '' })[ch] ?? '');
    writeFiles(fs, { [`${DATA}/_state/cluster-uuid`]: id });
    return id;
  }
}

const http: HttpService = {
  listens: () => [9200],
  drops: (ctx) => (securityOn(containerEnv(ctx.container)) ? 'empty' : undefined),
  handle(ctx, req) {
    const env = containerEnv(ctx.container);
    const image = catalogOf(ctx.engine, ctx.container);
    const v = tagVersion(image, '9.5.2');
    const path = req.target.split('?')[0];
    const hdrs: [string, string][] = [['X-elastic-product', 'Elasticsearch']];
    const pretty = req.target.includes('pretty');
    const cluster = setting(env, 'cluster.name') ?? 'docker-cluster';
    if (path === '/') {
      const version = { number: v, build_flavor: 'default', build_type: 'docker', build_hash: buildHash(v), build_date: image?.created ?? '', build_snapshot: false, lucene_version: v.startsWith('8.') ? '9.12.2' : '10.3.1', minimum_wire_compatibility_version: v.startsWith('8.') ? '7.17.0' : '8.19.0', minimum_index_compatibility_version: v.startsWith('8.') ? '7.0.0' : '8.0.0' };
      const body = { name: setting(env, 'node.name') ?? ctx.container.config.Hostname, cluster_name: cluster, cluster_uuid: clusterUuid(ctx.engine, ctx.container), version, tagline: 'You Know, for Search' };
      return textResponse(200, `${JSON.stringify(body, null, 2).replace(/": /g, '" : ')}\n`, hdrs, 'application/json');
    }
    if (path === '/_cluster/health') {
      const body = { cluster_name: cluster, status: 'green', timed_out: false, number_of_nodes: 1, number_of_data_nodes: 1, active_primary_shards: 0, active_shards: 0, relocating_shards: 0, initializing_shards: 0, unassigned_shards: 0, unassigned_primary_shards: 0, delayed_unassigned_shards: 0, number_of_pending_tasks: 0, number_of_in_flight_fetch: 0, task_max_waiting_in_queue_millis: 0, active_shards_percent_as_number: 100.0 };
      // Java prints the double as 100.0.
      const text = (pretty ? `${JSON.stringify(body, null, 2).replace(/": /g, '" : ')}\n` : JSON.stringify(body)).replace(/(number"\s?:\s?)100\b/, '$1100.0');
      return textResponse(200, text, hdrs, 'application/json');
    }
    return jsonResponse(400, { error: `no handler found for uri [${path}] and method [${req.method}]` }, hdrs);
  },
};

export const elasticsearch: ServiceModel = {
  program: 'eswrapper',
  start,
  ports: () => [9200, 9300],
  http,
};
