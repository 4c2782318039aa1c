// `docker create` on the daemon (moby daemon/create.go): verifies the settings before the image
// is even looked up (working directory, stop signal, environment, restart policy), merges the
// image config with the request (an --entrypoint drops the image's CMD), then reserves the
// name and records a container in "created" with its mounts (engine/mounts/).
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import { validateMountSpec } from '../mounts/parse.ts';
import { hostPathExists } from '../mounts/bind-source.ts';
import { registerMounts } from '../mounts/register.ts';
import { releaseMounts } from '../mounts/release.ts';
import { allContainers } from './lookup.ts';
import { parseSignal } from './signals.ts';
import { HOST } from '../daemon-version.ts';
import { initContainerNetworks, mergeExposedPorts, validateNetworkingConfig, type EndpointRequest } from '../network/endpoint-config.ts';
import { mergeHealthcheck } from './health.ts';
import { createResources, verifyResources } from './resources.ts';
import { verifyLogConfig } from './log-config.ts';
import { logContainerEvent } from '../events.ts';
import type { ContainerRecord, ContainerResources, HealthConfig, HostConfig, ImageRecord, MountSpec, RestartPolicy } from '../state.ts';

/** A restart policy as the client sends it; the daemon validates the name and count. */
export interface RequestedRestartPolicy {
  Name: string;
  MaximumRetryCount: number;
}

/** What the daemon verifies before anything else (verifyContainerSettings). */
export interface ContainerSettings {
  env: string[];
  workdir?: string;
  autoRemove: boolean;
  restart: RequestedRestartPolicy;
  stopSignal?: string;
  /** --mount specs (HostConfig.Mounts): validated here, bind sources must exist. */
  mounts?: MountSpec[];
  /** -m, --cpus, --pids-limit ... as the client sends them (unset ones absent). */
  resources?: ContainerResources;
}

export interface CreateRequest extends ContainerSettings {
  image: ImageRecord;
  imageRef: string;
  name?: string;
  /** Arguments after the image (replace the image's CMD when non-empty). */
  cmd: string[];
  /** --entrypoint: undefined keeps the image's; [] (from `--entrypoint ""`) clears it. */
  entrypoint?: string[];
  user?: string;
  hostname?: string;
  tty: boolean;
  openStdin: boolean;
  attach: { stdin: boolean; stdout: boolean; stderr: boolean };
  labels: Record<string, string>;
  stopTimeout?: number;
  /** Config.Healthcheck from --health-* / --no-healthcheck; merged over the image's. */
  healthcheck?: HealthConfig;
  /** Paths of anonymous volumes (`-v /path`), Config.Volumes merged with the image's. */
  volumes?: string[];
  hostConfig?: Partial<HostConfig>;
  /** Ports exposed by -p and --expose ('80/tcp'), merged with the image's ExposedPorts. */
  exposedPorts?: string[];
  /** NetworkingConfig.EndpointsConfig: per network (as the client names it) aliases, --ip ... */
  networking?: Record<string, EndpointRequest>;
}

function invalid(message: string): DaemonError {
  return new DaemonError('invalidParameter', message);
}

/** container.ValidateRestartPolicy; an empty name means "no". */
export function validateRestartPolicy(p: RequestedRestartPolicy): RestartPolicy {
  switch (p.Name) {
    case '':
    case 'no':
    case 'always':
    case 'unless-stopped':
      if (p.MaximumRetryCount !== 0) {
        const neg = p.MaximumRetryCount < 0 ? ' and cannot be negative' : '';
        throw invalid(`invalid restart policy: maximum retry count can only be used with 'on-failure'${neg}`);
      }
      return { Name: p.Name === '' ? 'no' : p.Name, MaximumRetryCount: 0 };
    case 'on-failure':
      if (p.MaximumRetryCount < 0) throw invalid('invalid restart policy: maximum retry count cannot be negative');
      return { Name: 'on-failure', MaximumRetryCount: p.MaximumRetryCount };
    default:
      throw invalid(
        `invalid restart policy: unknown policy '${p.Name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`,
      );
  }
}

/** filepath.Clean for an absolute path. */
function cleanPath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '' && seg !== '.') parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

/**
 * verifyContainerSettings: the daemon's checks before the image is looked up (so a bad
 * setting fails without pulling). Returns the normalised restart policy and working dir.
 */
export function verifyContainerSettings(s: ContainerSettings, engine?: Engine): { restart: RestartPolicy; workdir?: string } {
  if (s.workdir !== undefined && s.workdir !== '' && !s.workdir.startsWith('/')) {
    throw invalid(`the working directory '${s.workdir}' is invalid, it needs to be an absolute path`);
  }
  if (s.stopSignal) parseSignal(s.stopSignal);
  for (const e of s.env) {
    if (e.split('=')[0] === '') throw invalid(`invalid environment variable: ${e}`);
  }
  const none = s.restart.Name === '' || s.restart.Name === 'no';
  if (s.autoRemove && !none) throw invalid("can't create 'AutoRemove' container with restart policy");
  for (const m of s.mounts ?? []) {
    try {
      validateMountSpec(m, engine ? (p) => hostPathExists(engine, p) : undefined);
    } catch (e) {
      throw invalid((e as Error).message);
    }
  }
  const restart = validateRestartPolicy(s.restart);
  verifyResources(s.resources, false);
  return { restart, workdir: s.workdir ? cleanPath(s.workdir) : undefined };
}

const NAME_CHARS = '[a-zA-Z0-9][a-zA-Z0-9_.-]';
const VALID_NAME = new RegExp(`^${NAME_CHARS}+$`);

/**
 * daemon.reserveName: check `name` (as the client sent it, maybe "/"-prefixed) and that no
 * other container has it; returns the bare name.
 */
export function reserveName(engine: Engine, name: string, self?: ContainerRecord): string {
  const bare = name.startsWith('/') ? name.slice(1) : name;
  if (!VALID_NAME.test(bare)) {
    throw new DaemonError('invalidParameter', `Invalid container name (${name}), only ${NAME_CHARS} are allowed`);
  }
  const owner = allContainers(engine).find((c) => c.name === bare && c !== self);
  if (owner) {
    throw new DaemonError(
      'conflict',
      `Conflict. The container name "/${bare}" is already in use by container "${owner.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
  }
  return bare;
}

/**
 * ReplaceOrAppendEnvValues (the process environment): KEY=value replaces or appends; a bare
 * KEY (from `-e KEY` unset on the host) unsets it.
 */
export function mergeEnv(base: string[], extra: string[]): string[] {
  const out: (string | undefined)[] = [...base];
  const keyOf = (kv: string) => kv.split('=')[0];
  for (const kv of extra) {
    const i = out.findIndex((e) => e !== undefined && keyOf(e) === keyOf(kv));
    if (!kv.includes('=')) {
      if (i !== -1) out[i] = undefined;
    } else if (i === -1) out.push(kv);
    else out[i] = kv;
  }
  return out.filter((e): e is string => e !== undefined);
}

/** The daemon's merge of Config.Env: the request's entries first, then the image's other keys. */
export function mergeConfigEnv(user: string[], image: string[]): string[] {
  if (user.length === 0) return [...image];
  const keys = new Set(user.map((e) => e.split('=')[0]));
  return [...user, ...image.filter((e) => !keys.has(e.split('=')[0]))];
}

/** The daemon's merge of Config.Volumes: the request's paths added to the image's. */
function mergeVolumes(user: string[], image: ContainerRecord['config']['Volumes']): ContainerRecord['config']['Volumes'] {
  if (user.length === 0) return image;
  const out: Record<string, Record<string, never>> = Object.fromEntries(user.map((p) => [p, {}]));
  for (const k of Object.keys(image ?? {})) out[k] = {};
  return out;
}

function withResources(r: ContainerResources | undefined): { Resources?: ContainerResources } {
  return r ? { Resources: r } : {};
}

function withHealthcheck(h: HealthConfig | undefined): { Healthcheck?: HealthConfig } {
  return h ? { Healthcheck: h } : {};
}

export function createContainer(engine: Engine, req: CreateRequest): ContainerRecord {
  const { restart, workdir } = verifyContainerSettings(req, engine);
  validateNetworkingConfig(engine, req.networking ?? {});
  const logConfig = verifyLogConfig(req.hostConfig?.LogConfig);
  const ic = req.image.config;
  const entrypoint = req.entrypoint !== undefined ? (req.entrypoint.length ? req.entrypoint : null) : ic.Entrypoint;
  const cmd = req.cmd.length ? req.cmd : req.entrypoint !== undefined ? null : ic.Cmd;
  const argv = [...(entrypoint ?? []), ...(cmd ?? [])];
  if (argv.length === 0) throw invalid('no command specified');
  const id = engine.newId();
  const name = req.name !== undefined && req.name !== '' ? reserveName(engine, req.name) : engine.newName();
  const c: ContainerRecord = {
    id,
    name,
    created: engine.now(),
    image: req.image.id,
    imageRef: req.imageRef,
    path: argv[0],
    args: argv.slice(1),
    config: {
      Hostname: req.hostname ?? (req.hostConfig?.NetworkMode === 'host' ? HOST.name : id.slice(0, 12)),
      User: req.user ?? ic.User,
      Tty: req.tty,
      OpenStdin: req.openStdin,
      AttachStdin: req.attach.stdin,
      AttachStdout: req.attach.stdout,
      AttachStderr: req.attach.stderr,
      Env: mergeConfigEnv(req.env, ic.Env ?? []),
      Cmd: cmd,
      Entrypoint: entrypoint,
      Image: req.imageRef,
      WorkingDir: workdir ?? ic.WorkingDir,
      Labels: { ...(ic.Labels ?? {}), ...req.labels },
      ExposedPorts: mergeExposedPorts(req.exposedPorts ?? [], ic.ExposedPorts),
      StopSignal: req.stopSignal ?? ic.StopSignal,
      StopTimeout: req.stopTimeout,
      ...withHealthcheck(mergeHealthcheck(req.healthcheck, ic.Healthcheck)),
      Volumes: mergeVolumes(req.volumes ?? [], ic.Volumes),
    },
    hostConfig: {
      AutoRemove: req.autoRemove,
      RestartPolicy: restart,
      NetworkMode: 'bridge',
      PortBindings: {},
      PublishAllPorts: false,
      Binds: null,
      Privileged: false,
      ReadonlyRootfs: false,
      ...req.hostConfig,
      ...(req.mounts?.length ? { Mounts: req.mounts } : {}),
      ...withResources(createResources(req.resources)),
      ...(req.hostConfig?.LogConfig ? { LogConfig: logConfig } : {}),
    },
    state: { status: 'created', pid: 0, exitCode: 0, error: '', oomKilled: false, startedAt: 0, finishedAt: 0 },
    restartCount: 0,
    manuallyStopped: false,
    logs: [],
    sizeRw: 0,
  };
  initContainerNetworks(engine, c, req.networking);
  try {
    registerMounts(engine, c, req.image);
  } catch (e) {
    releaseMounts(engine, c, true);
    throw e;
  }
  engine.state.containers[id] = c;
  logContainerEvent(engine, c, 'create');
  engine.emit('container create');
  return c;
}
