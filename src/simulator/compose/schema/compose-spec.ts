// The service definition and the top-level document of the Compose Specification schema
// (compose-go schema/compose-spec.json "$defs/service" and the root), built from the shared
// definitions in compose-schema.ts.
import type { Schema } from './validator.ts';
import {
  any, arrayOf, bool, build, command, dependsOn, deployment, deviceRequest, driverOpts, envFile, externalField,
  extraHosts, healthcheck, hook, listOfStrings, listOrDict, named, NAME, obj, oneOf, serviceConfigOrSecret,
  serviceNetworks, serviceVolume, str, stringOrList, t, ulimits, X,
} from './compose-schema.ts';

const ref = (s: Schema): Schema => ({ ref: () => s });
const uniqueStrings = arrayOf(str, true);
const numOrStr = t('number', 'string');
const boolOrStr = t('boolean', 'string');
const blkioLimit = { type: ['object'], properties: { path: str, rate: t('integer', 'string') }, additionalProperties: false } as Schema;
const blkioWeight = { type: ['object'], properties: { path: str, weight: t('integer', 'string') }, additionalProperties: false } as Schema;

const development: Schema = obj(
  {
    watch: arrayOf(obj({
      ignore: ref(stringOrList), include: ref(stringOrList), path: str,
      action: { type: ['string'], enum: ['rebuild', 'sync', 'restart', 'sync+restart', 'sync+exec'] },
      target: str, exec: ref(obj(hook, { required: ['command'] })), initial_sync: bool,
    }, { required: ['path', 'action'] })),
  },
  { type: ['object', 'null'] },
);

export const service: Schema = obj({
  develop: ref(development),
  deploy: ref(deployment),
  annotations: ref(listOrDict),
  attach: boolOrStr,
  build,
  blkio_config: {
    type: ['object'],
    properties: {
      device_read_bps: arrayOf(ref(blkioLimit)), device_read_iops: arrayOf(ref(blkioLimit)),
      device_write_bps: arrayOf(ref(blkioLimit)), device_write_iops: arrayOf(ref(blkioLimit)),
      weight: t('integer', 'string'), weight_device: arrayOf(ref(blkioWeight)),
    },
    additionalProperties: false,
  },
  cap_add: uniqueStrings,
  cap_drop: uniqueStrings,
  cgroup: { type: ['string'], enum: ['host', 'private'] },
  cgroup_parent: str,
  command: ref(command),
  configs: ref(serviceConfigOrSecret),
  container_name: { type: ['string'], pattern: '[a-zA-Z0-9][a-zA-Z0-9_.-]+' },
  cpu_count: oneOf(str, { type: ['integer'], minimum: 0 }),
  cpu_percent: oneOf(str, { type: ['integer'], minimum: 0, maximum: 100 }),
  cpu_shares: numOrStr, cpu_quota: numOrStr, cpu_period: numOrStr, cpu_rt_period: numOrStr, cpu_rt_runtime: numOrStr,
  cpus: numOrStr,
  cpuset: str,
  credential_spec: obj({ config: str, file: str, registry: str }),
  depends_on: dependsOn,
  device_cgroup_rules: ref(listOfStrings),
  devices: arrayOf(oneOf(str, obj({ source: str, target: str, permissions: str }, { required: ['source'] }))),
  dns: ref(stringOrList),
  dns_opt: uniqueStrings,
  dns_search: ref(stringOrList),
  domainname: str,
  entrypoint: ref(command),
  env_file: ref(envFile),
  label_file: oneOf(str, arrayOf(str)),
  environment: ref(listOrDict),
  expose: arrayOf(t('string', 'number'), true),
  extends: oneOf(str, { type: ['object'], properties: { service: str, file: str }, required: ['service'], additionalProperties: false }),
  provider: obj({
    type: str,
    options: { type: ['object'], patternProperties: [[/^.+$/, oneOf(t('string', 'number', 'boolean'), arrayOf(t('string', 'number', 'boolean')))]] },
  }, { required: ['type'] }),
  external_links: uniqueStrings,
  extra_hosts: ref(extraHosts),
  gpus: ref(oneOf({ type: ['string'], enum: ['all'] }, {
    type: ['array'], items: { type: ['object'], properties: deviceRequest }, additionalProperties: false, patternProperties: [X],
  } as Schema)),
  group_add: arrayOf(t('string', 'number'), true),
  healthcheck: ref(healthcheck),
  hostname: str,
  image: str,
  init: boolOrStr,
  ipc: str,
  isolation: str,
  labels: ref(listOrDict),
  links: uniqueStrings,
  logging: obj({ driver: str, options: { type: ['object'], patternProperties: [[/^.+$/, t('string', 'number', 'null')]] } }),
  mac_address: str,
  mem_limit: numOrStr,
  mem_reservation: t('string', 'integer'),
  mem_swappiness: t('integer', 'string'),
  memswap_limit: numOrStr,
  network_mode: str,
  models: oneOf(ref(listOfStrings), {
    type: ['object'],
    patternProperties: [[NAME, oneOf(obj({ endpoint_var: str, model_var: str }), t('null'))]],
  }),
  networks: serviceNetworks,
  oom_kill_disable: boolOrStr,
  oom_score_adj: oneOf(str, { type: ['integer'], minimum: -1000, maximum: 1000 }),
  pid: t('string', 'null'),
  pids_limit: numOrStr,
  platform: str,
  ports: arrayOf(oneOf(t('number'), str, obj({
    name: str, mode: str, host_ip: str, target: t('integer', 'string'), published: t('string', 'integer'),
    protocol: str, app_protocol: str,
  })), true),
  pre_start: arrayOf(ref(obj({ ...hook, image: str, per_replica: boolOrStr }))),
  post_start: arrayOf(ref(obj(hook, { required: ['command'] }))),
  pre_stop: arrayOf(ref(obj(hook, { required: ['command'] }))),
  privileged: boolOrStr,
  profiles: ref(listOfStrings),
  pull_policy: { type: ['string'], pattern: 'always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+' },
  pull_refresh_after: str,
  read_only: boolOrStr,
  restart: str,
  runtime: str,
  scale: t('integer', 'string'),
  security_opt: uniqueStrings,
  shm_size: numOrStr,
  secrets: ref(serviceConfigOrSecret),
  sysctls: ref(listOrDict),
  stdin_open: boolOrStr,
  stop_grace_period: str,
  stop_signal: str,
  storage_opt: t('object'),
  tmpfs: ref(stringOrList),
  tty: boolOrStr,
  ulimits: ref(ulimits),
  use_api_socket: bool,
  user: str,
  uts: str,
  userns_mode: str,
  volumes: arrayOf(serviceVolume, true),
  volumes_from: uniqueStrings,
  working_dir: str,
});

const network: Schema = obj(
  {
    name: str, driver: str, driver_opts: driverOpts,
    ipam: obj({
      driver: str,
      config: arrayOf(obj({
        subnet: str, ip_range: str, gateway: str,
        aux_addresses: { type: ['object'], additionalProperties: false, patternProperties: [[/^.+$/, str]] },
      })),
      options: { type: ['object'], additionalProperties: false, patternProperties: [[/^.+$/, str]] },
    }),
    external: externalField, internal: boolOrStr, enable_ipv4: boolOrStr, enable_ipv6: boolOrStr, attachable: boolOrStr,
    labels: ref(listOrDict),
  },
  { type: ['object', 'null'] },
);

const volume: Schema = obj(
  { name: str, driver: str, driver_opts: driverOpts, external: externalField, labels: ref(listOrDict) },
  { type: ['object', 'null'] },
);

const fileObjectExternal: Schema = { type: ['boolean', 'string', 'object'], properties: { name: str } };
const secret: Schema = obj({
  name: str, environment: str, file: str, external: fileObjectExternal, labels: ref(listOrDict), driver: str,
  driver_opts: driverOpts, template_driver: str,
});
const config: Schema = obj({
  name: str, content: str, environment: str, file: str, external: fileObjectExternal, labels: ref(listOrDict),
  template_driver: str,
});
const model: Schema = obj({ name: str, model: str, context_size: t('integer'), runtime_flags: arrayOf(str) }, { required: ['model'] });
const include: Schema = oneOf(str, {
  type: ['object'], properties: { path: ref(stringOrList), env_file: ref(stringOrList), project_directory: str }, additionalProperties: false,
});

/** The whole compose file. */
export const composeSpec: Schema = {
  type: ['object'],
  properties: {
    version: str,
    name: str,
    include: arrayOf(ref(include)),
    services: named(() => service),
    models: named(() => model, false),
    networks: named(() => network, false),
    volumes: named(() => volume),
    secrets: named(() => secret),
    configs: named(() => config),
  },
  patternProperties: [X],
  additionalProperties: false,
};

export { any };
