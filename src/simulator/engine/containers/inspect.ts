// GET /containers/{id}/json as Engine 29 answers API 1.52+ with the containerd snapshotter
// (moby daemon/inspect.go, router container/inspect.go): keys in the Go structs' order, maps
// sorted as Go marshals them, "Storage" instead of "GraphDriver", no top-level bridge fields in
// NetworkSettings. Paths, the AppArmor profile and the sandbox exist once the container started.
import type { Engine } from '../engine.ts';
import { formatRFC3339Nano, GO_ZERO_TIME_RFC3339 } from '../../util/format/units.ts';
import { imageContent, unpackedSize } from '../image-content.ts';
import type { ContainerRecord, ImageRecord } from '../state.ts';
import { mountPointsJson } from '../mounts/json.ts';
import { hostConfigJson } from './inspect-host-config.ts';
import { healthJson } from './health.ts';
import { getContainer } from './lookup.ts';
import { networkSettings } from './network-view.ts';

const CONTAINERS_DIR = '/var/lib/docker/containers';
export const STORAGE_DRIVER = 'overlayfs';

/** Go's zero time.Time in JSON. */
export function goTime(ms: number): string {
  return ms > 0 ? formatRFC3339Nano(ms) : GO_ZERO_TIME_RFC3339;
}

/** Go marshals maps with their keys sorted. */
export function sortedMap<T>(m: Record<string, T> | null | undefined): Record<string, T> | null {
  if (!m) return null;
  return Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]]));
}

function stateJson(c: ContainerRecord): Record<string, unknown> {
  const s = c.state;
  const out: Record<string, unknown> = {
    Status: s.status,
    Running: s.status === 'running' || s.status === 'paused' || s.status === 'restarting',
    Paused: s.status === 'paused',
    Restarting: s.status === 'restarting',
    OOMKilled: s.oomKilled,
    Dead: s.status === 'dead',
    Pid: s.pid,
    ExitCode: s.exitCode,
    Error: s.error,
    StartedAt: goTime(s.startedAt),
    FinishedAt: goTime(s.finishedAt),
  };
  const health = healthJson(c, goTime);
  if (health) out.Health = health;
  return out;
}

function configJson(c: ContainerRecord, image: ImageRecord | undefined): Record<string, unknown> {
  const k = c.config;
  const out: Record<string, unknown> = {
    Hostname: k.Hostname,
    Domainname: '',
    User: k.User,
    AttachStdin: k.AttachStdin,
    AttachStdout: k.AttachStdout,
    AttachStderr: k.AttachStderr,
  };
  if (k.ExposedPorts && Object.keys(k.ExposedPorts).length) out.ExposedPorts = sortedMap(k.ExposedPorts);
  Object.assign(out, { Tty: k.Tty, OpenStdin: k.OpenStdin, StdinOnce: k.OpenStdin && k.AttachStdin, Env: k.Env, Cmd: k.Cmd });
  const health = k.Healthcheck ?? image?.config.Healthcheck;
  if (health) out.Healthcheck = health;
  Object.assign(out, {
    Image: k.Image,
    Volumes: k.Volumes && Object.keys(k.Volumes).length ? sortedMap(k.Volumes) : null,
    WorkingDir: k.WorkingDir,
    Entrypoint: k.Entrypoint,
    Labels: sortedMap(k.Labels ?? {}),
  });
  if (k.StopSignal) out.StopSignal = k.StopSignal;
  if (k.StopTimeout !== undefined) out.StopTimeout = k.StopTimeout;
  return out;
}

/** The platform manifest the container was created from (API 1.48+). */
function manifestDescriptor(image: ImageRecord | undefined): Record<string, unknown> | undefined {
  if (!image) return undefined;
  const m = imageContent(image).manifest;
  return { mediaType: m.mediaType, digest: m.digest, size: m.size, platform: { architecture: 'amd64', os: 'linux' } };
}

/** The size fields of `inspect --size` and `ps --size`: writable layer and whole root fs. */
export function containerSizes(engine: Engine, c: ContainerRecord): { SizeRw: number; SizeRootFs: number } {
  const image = engine.state.images[c.image];
  return { SizeRw: c.sizeRw, SizeRootFs: c.sizeRw + (image ? unpackedSize(image) : 0) };
}

function paths(c: ContainerRecord): Record<string, string> {
  const started = c.state.startedAt > 0;
  const dir = `${CONTAINERS_DIR}/${c.id}`;
  return {
    ResolvConfPath: started ? `${dir}/resolv.conf` : '',
    HostnamePath: started ? `${dir}/hostname` : '',
    HostsPath: started ? `${dir}/hosts` : '',
    LogPath: started ? `${dir}/${c.id}-json.log` : '',
  };
}

/** The inspect document of one container record. */
export function containerInspectData(engine: Engine, c: ContainerRecord, size = false): Record<string, unknown> {
  const image = engine.state.images[c.image];
  const started = c.state.startedAt > 0;
  const out: Record<string, unknown> = {
    Id: c.id,
    Created: goTime(c.created),
    Path: c.path,
    Args: c.args,
    State: stateJson(c),
    Image: c.image,
    ...paths(c),
    Name: `/${c.name}`,
    RestartCount: c.restartCount,
    Driver: STORAGE_DRIVER,
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: started ? (c.hostConfig.Privileged ? 'unconfined' : 'docker-default') : '',
    ExecIDs: null,
    HostConfig: hostConfigJson(c),
    Storage: { RootFS: { Snapshot: { Name: STORAGE_DRIVER } } },
  };
  if (size) Object.assign(out, containerSizes(engine, c));
  out.Mounts = mountPointsJson(c);
  out.Config = configJson(c, image);
  out.NetworkSettings = networkSettings(engine, c);
  const manifest = manifestDescriptor(image);
  if (manifest) out.ImageManifestDescriptor = manifest;
  return out;
}

/** ContainerInspect: by full id, name or unique id prefix, or `No such container: ...`. */
export function inspectContainer(engine: Engine, ref: string, size = false): Record<string, unknown> {
  return containerInspectData(engine, getContainer(engine, ref), size);
}
