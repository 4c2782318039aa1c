// The Compose Specification schema (compose-go schema/compose-spec.json, draft 2020-12) written
// as data for validator.ts: every top-level and service key with the types and nesting the spec
// gives it, so unknown keys and wrong types fail exactly where `docker compose` says they do.
// Descriptions are left out; structure (oneOf order, patternProperties, required) is kept because
// it decides which error compose-go reports.
import type { JsonType, Schema } from './validator.ts';

const t = (...type: JsonType[]): Schema => ({ type });
const str = t('string');
const bool = t('boolean');
const any: Schema = {};
const X: [RegExp, Schema] = [/^x-/, any];
const NAME = /^[a-zA-Z0-9._-]+$/;

/** A closed object: listed properties, x- extensions, nothing else. */
function obj(properties: Record<string, Schema>, extra: Partial<Schema> = {}): Schema {
  return { type: ['object'], properties, patternProperties: [X], additionalProperties: false, ...extra };
}
function arrayOf(items: Schema, unique = false): Schema {
  return { type: ['array'], items, ...(unique ? { uniqueItems: true } : {}) };
}
function named(schema: () => Schema, closed = true): Schema {
  return { type: ['object'], patternProperties: [[NAME, { ref: schema }]], ...(closed ? { additionalProperties: false } : {}) };
}
const oneOf = (...schemas: Schema[]): Schema => ({ oneOf: schemas });

const listOfStrings: Schema = arrayOf(str, true);
const listOrDict: Schema = oneOf(
  { type: ['object'], patternProperties: [[/.+/, t('string', 'number', 'boolean', 'null')]], additionalProperties: false },
  arrayOf(str, true),
);
const stringOrList: Schema = oneOf(str, { ref: () => listOfStrings });
const command: Schema = oneOf(t('null'), str, arrayOf(str));
const extraHosts: Schema = oneOf(
  { type: ['object'], patternProperties: [[/.+/, oneOf(str, arrayOf(str))]], additionalProperties: false },
  arrayOf(str, true),
);
const driverOpts: Schema = { type: ['object'], patternProperties: [[/^.+$/, t('string', 'number')]] };
const externalField: Schema = { type: ['boolean', 'string', 'object'], properties: { name: str }, additionalProperties: false, patternProperties: [X] };
const ulimits: Schema = {
  type: ['object'],
  patternProperties: [[/^[a-z]+$/, oneOf(t('integer', 'string'), obj({ hard: t('integer', 'string'), soft: t('integer', 'string') }, { required: ['soft', 'hard'] }))]],
};
const serviceConfigOrSecret: Schema = arrayOf(
  oneOf(str, obj({ source: str, target: str, uid: str, gid: str, mode: t('number', 'string') })),
);
const deviceRequest = {
  capabilities: { ref: () => listOfStrings },
  count: t('string', 'integer'),
  device_ids: { ref: () => listOfStrings },
  driver: str,
  options: { ref: () => listOrDict },
};
const hook = {
  command: { ref: () => command },
  user: str,
  privileged: t('boolean', 'string'),
  working_dir: str,
  environment: { ref: () => listOrDict },
};
const updateConfig = obj({
  parallelism: t('integer', 'string'),
  delay: str,
  failure_action: str,
  monitor: str,
  max_failure_ratio: t('number', 'string'),
  order: { type: ['string'], enum: ['start-first', 'stop-first'] },
});

const build: Schema = oneOf(
  str,
  obj({
    context: str, dockerfile: str, dockerfile_inline: str, entitlements: arrayOf(str),
    args: { ref: () => listOrDict }, ssh: { ref: () => listOrDict }, labels: { ref: () => listOrDict },
    cache_from: arrayOf(str), cache_to: arrayOf(str), no_cache: t('boolean', 'string'),
    no_cache_filter: { ref: () => stringOrList }, additional_contexts: { ref: () => listOrDict },
    network: str, provenance: t('string', 'boolean'), sbom: t('string', 'boolean'), pull: t('boolean', 'string'),
    target: str, shm_size: t('integer', 'string'), extra_hosts: { ref: () => extraHosts }, isolation: str,
    privileged: t('boolean', 'string'), secrets: { ref: () => serviceConfigOrSecret }, tags: arrayOf(str),
    ulimits: { ref: () => ulimits }, platforms: arrayOf(str),
  }),
);

const healthcheck = obj({
  disable: t('boolean', 'string'), interval: str, retries: t('number', 'string'), test: oneOf(str, arrayOf(str)),
  timeout: str, start_period: str, start_interval: str,
});

const deployment: Schema = obj(
  {
    mode: str, endpoint_mode: str, replicas: t('integer', 'string'), labels: { ref: () => listOrDict },
    rollback_config: updateConfig, update_config: updateConfig,
    resources: obj({
      limits: obj({ cpus: t('number', 'string'), memory: str, pids: t('integer', 'string') }),
      reservations: obj({
        cpus: t('number', 'string'), memory: str,
        generic_resources: arrayOf(obj({ discrete_resource_spec: obj({ kind: str, value: t('number', 'string') }) })),
        devices: arrayOf(obj(deviceRequest, { required: ['capabilities'] })),
      }),
    }),
    restart_policy: obj({ condition: str, delay: str, max_attempts: t('integer', 'string'), window: str }),
    placement: obj({
      constraints: arrayOf(str), preferences: arrayOf(obj({ spread: str })), max_replicas_per_node: t('integer', 'string'),
    }),
  },
  { type: ['object', 'null'] },
);

const serviceVolume = oneOf(
  str,
  obj(
    {
      type: { type: ['string'], enum: ['bind', 'volume', 'tmpfs', 'cluster', 'npipe', 'image'] },
      source: str, target: str, read_only: t('boolean', 'string'), consistency: str,
      bind: obj({
        propagation: str, create_host_path: t('boolean', 'string'),
        recursive: { type: ['string'], enum: ['enabled', 'disabled', 'writable', 'readonly'] },
        selinux: { type: ['string'], enum: ['z', 'Z'] },
      }),
      volume: obj({ labels: { ref: () => listOrDict }, nocopy: t('boolean', 'string'), subpath: str }),
      tmpfs: obj({ size: oneOf({ type: ['integer'], minimum: 0 }, str), mode: t('number', 'string') }),
      image: obj({ subpath: str }),
    },
    { required: ['type'] },
  ),
);

const serviceNetworks = oneOf(
  { ref: () => listOfStrings },
  {
    type: ['object'],
    patternProperties: [[NAME, oneOf(obj({
      aliases: { ref: () => listOfStrings }, interface_name: str, ipv4_address: str, ipv6_address: str,
      link_local_ips: { ref: () => listOfStrings }, mac_address: str, driver_opts: driverOpts, priority: t('number'),
      gw_priority: t('number'),
    }), t('null'))]],
    additionalProperties: false,
  },
);

const dependsOn = oneOf(
  { ref: () => listOfStrings },
  {
    type: ['object'],
    additionalProperties: false,
    patternProperties: [[NAME, obj({
      restart: t('boolean', 'string'), required: bool,
      condition: { type: ['string'], enum: ['service_started', 'service_healthy', 'service_completed_successfully'] },
    }, { required: ['condition'] })]],
  },
);

const envFile: Schema = oneOf(
  str,
  arrayOf(oneOf(str, { type: ['object'], additionalProperties: false, properties: { path: str, format: str, required: t('boolean', 'string') }, required: ['path'] })),
);

export { build, command, deployment, dependsOn, envFile, extraHosts, healthcheck, hook, listOfStrings, listOrDict };
export { serviceConfigOrSecret, serviceNetworks, serviceVolume, stringOrList, ulimits, deviceRequest, driverOpts, externalField };
export { obj, arrayOf, named, oneOf, t, str, bool, any, X, NAME };
