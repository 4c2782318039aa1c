// A service's container as docker/compose asks the daemon for it (pkg/compose/create.go
// getCreateConfigs, defaultNetworkSettings, buildContainerVolumes, prepareLabels): command,
// environment, ports, mounts (Binds for plain binds and named volumes, Mounts for the rest and
// for secrets/configs at /run/secrets/NAME), healthcheck, restart policy, labels, and one
// endpoint per network with the container's name and the service's name as aliases.
import type { CreateRequest, RequestedRestartPolicy } from '../../engine/containers/create.ts';
import type { EndpointRequest } from '../../engine/network/endpoint-config.ts';
import type { HealthConfig, ImageRecord, MountSpec } from '../../engine/state.ts';
import { LABELS, imageNameOrDefault } from '../labels.ts';
import type { HealthCheck, Project, ServiceConfig } from '../model.ts';
import { serviceHash } from '../plan/hash.ts';
import { containerName } from '../plan/plan-containers.ts';
import { serviceMounts } from './container-mounts.ts';

export interface ContainerOptions {
  image: ImageRecord;
  /** Labels compose adds to every container of the project (project, service, version ...). */
  labels: Record<string, string>;
  /** For a recreated container: the replaced container's name for com.docker.compose.replace. */
  replace?: string;
  /** The anonymous volumes of the container being replaced (inherited unless -V). */
  inherit?: { destination: string; name: string }[];
}

/** prepareLabels: the service's labels, compose's, config hash, number and depends_on. */
export function containerLabels(service: ServiceConfig, number: number, base: Record<string, string>, replace?: string): Record<string, string> {
  const labels: Record<string, string> = { ...(service.labels ?? {}), ...base };
  if (replace) labels[LABELS.replace] = replace;
  labels[LABELS.configHash] = serviceHash(service);
  if (number > 0) labels[LABELS.containerNumber] = String(number);
  labels[LABELS.dependsOn] = Object.entries(service.dependsOn ?? {})
    .map(([name, d]) => `${name}:${d.condition}:${d.restart}`)
    .join(',');
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** ToMobyEnv (sorted: Go's map order is random). */
function mobyEnv(env: ServiceConfig['environment']): string[] {
  return Object.keys(env ?? {})
    .sort()
    .map((k) => (env![k] === null ? k : `${k}=${env![k]}`));
}

/** ToMobyHealthCheck. */
function healthcheck(h: HealthCheck | undefined): HealthConfig | undefined {
  if (!h) return undefined;
  const out: HealthConfig = { Test: h.disable ? ['NONE'] : h.test };
  if (h.intervalNs) out.Interval = h.intervalNs;
  if (h.timeoutNs) out.Timeout = h.timeoutNs;
  if (h.startPeriodNs) out.StartPeriod = h.startPeriodNs;
  if (h.startIntervalNs) out.StartInterval = h.startIntervalNs;
  if (h.retries) out.Retries = h.retries;
  return out;
}

const RESTART_NAMES: Record<string, string> = { none: 'no', no: 'no', 'on-failure': 'on-failure', 'unless-stopped': 'unless-stopped', any: 'always', always: 'always' };

/** getRestartPolicy: `restart:`, overridden by deploy.restart_policy. */
function restartPolicy(service: ServiceConfig): RequestedRestartPolicy {
  let policy: RequestedRestartPolicy = { Name: '', MaximumRetryCount: 0 };
  if (service.restart) {
    const [name, count] = service.restart.split(':');
    policy = { Name: RESTART_NAMES[name] ?? name, MaximumRetryCount: Number(count ?? 0) || 0 };
  }
  const rp = service.deploy?.restartPolicy;
  if (rp) policy = { Name: RESTART_NAMES[rp.condition ?? ''] ?? rp.condition ?? '', MaximumRetryCount: rp.maxAttempts ?? 0 };
  return policy;
}

/** buildContainerPorts + buildContainerPortBindingOptions. */
function ports(service: ServiceConfig): { exposed: string[]; bindings: Record<string, { HostIp: string; HostPort: string }[]> } {
  const exposed: string[] = [];
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const p of service.ports ?? []) {
    const key = `${p.target}/${p.protocol}`;
    if (!exposed.includes(key)) exposed.push(key);
    (bindings[key] ??= []).push({ HostIp: p.hostIp ?? '', HostPort: p.published ?? '' });
  }
  for (const e of service.expose ?? []) {
    const [range, proto = 'tcp'] = e.split('/');
    const [from, to = from] = range.split('-').map(Number);
    for (let n = from; n <= to; n++) if (!exposed.includes(`${n}/${proto}`)) exposed.push(`${n}/${proto}`);
  }
  return { exposed, bindings };
}

/** NetworksByPriority: higher priority first, then by name. */
function networksByPriority(service: ServiceConfig): string[] {
  const nets = service.networks ?? {};
  return Object.keys(nets).sort((a, b) => (nets[b]?.priority ?? 0) - (nets[a]?.priority ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
}

/** defaultNetworkSettings: the network mode and one endpoint per network (aliases: name, service, own). */
function networking(project: Project, service: ServiceConfig, number: number): { mode: string; endpoints?: Record<string, EndpointRequest> } {
  if (service.networkMode) return { mode: service.networkMode };
  if (Object.keys(project.networks).length === 0) return { mode: 'none' };
  const keys = networksByPriority(service);
  if (keys.length === 0) keys.push('default');
  const endpoints: Record<string, EndpointRequest> = {};
  for (const key of keys) {
    const cfg = service.networks?.[key] ?? undefined;
    const req: EndpointRequest = { aliases: [containerName(project.name, service, number), service.name, ...(cfg?.aliases ?? [])] };
    if (cfg?.ipv4Address) req.ipv4 = cfg.ipv4Address;
    if (cfg?.ipv6Address) req.ipv6 = cfg.ipv6Address;
    if (cfg?.gwPriority) req.gwPriority = cfg.gwPriority;
    endpoints[project.networks[key]?.name ?? key] = req;
  }
  return { mode: project.networks[keys[0]]?.name ?? keys[0], endpoints };
}

/** getCreateConfigs: the create request for container `number` of `service`, named `name`. */
export function containerRequest(project: Project, service: ServiceConfig, number: number, name: string, opts: ContainerOptions): CreateRequest {
  const net = networking(project, service, number);
  const { exposed, bindings } = ports(service);
  const { binds, mounts } = serviceMounts(project, service, opts.inherit ?? []);
  const health = healthcheck(service.healthcheck);
  return {
    image: opts.image,
    imageRef: imageNameOrDefault(project.name, service),
    name,
    cmd: service.command ?? [],
    entrypoint: service.entrypoint,
    env: mobyEnv(service.environment),
    workdir: service.workingDir || undefined,
    user: service.user || undefined,
    hostname: service.hostname || undefined,
    tty: service.tty ?? false,
    openStdin: service.stdinOpen ?? false,
    attach: { stdin: false, stdout: true, stderr: true },
    autoRemove: false,
    restart: restartPolicy(service),
    labels: containerLabels(service, number, opts.labels, opts.replace),
    stopSignal: service.stopSignal || undefined,
    stopTimeout: service.stopGracePeriodNs !== undefined ? Math.trunc(service.stopGracePeriodNs / 1e9) : undefined,
    ...(health ? { healthcheck: health } : {}),
    mounts: mounts as MountSpec[],
    hostConfig: {
      NetworkMode: net.mode,
      PortBindings: bindings,
      Binds: binds.length ? binds : null,
      Privileged: service.privileged ?? false,
      ReadonlyRootfs: service.readOnly ?? false,
      VolumesFrom: service.volumesFrom?.length ? service.volumesFrom : null,
    },
    exposedPorts: exposed,
    ...(net.endpoints ? { networking: net.endpoints } : {}),
  };
}
