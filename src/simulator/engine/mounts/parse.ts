// The daemon's Linux mount parser (moby daemon/volume/mounts/linux_parser.go, validate.go):
// HostConfig.Binds entries ("name:/path:ro", "/host:/path") through ParseMountRaw and --mount
// specs through ParseMountSpec, with their exact error texts ("invalid volume specification:
// '...'", `invalid mount config for type "bind": bind source path does not exist: /x`).
import { DaemonError } from '../../errors/daemon-error.ts';
import type { MountSpec } from '../state.ts';

/** A mount point before its volume exists (volumemounts.MountPoint). */
export interface ParsedMount {
  type: string;
  /** Bind: the host path (cleaned); volume: set once the volume exists. */
  source: string;
  /** Volume name; '' for an anonymous volume. */
  name: string;
  destination: string;
  rw: boolean;
  mode: string;
  propagation: string;
  driver: string;
  copyData: boolean;
  spec: MountSpec;
}

const RW_MODES = ['rw', 'ro'];
const LABEL_MODES = ['z', 'Z'];
const PROPAGATIONS = ['private', 'rprivate', 'slave', 'rslave', 'shared', 'rshared'];
const CONSISTENCY = ['consistent', 'cached', 'delegated'];
const MODE_CLASSES = [RW_MODES, LABEL_MODES, PROPAGATIONS, ['nocopy'], CONSISTENCY];

/** path.Clean for the Linux paths a mount names. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(seg);
  }
  const joined = out.join('/');
  return abs ? `/${joined}` : joined || '.';
}

function plainError(message: string): DaemonError {
  return new DaemonError('system', message);
}

/** linuxValidMountMode: every option known, at most one of each class. */
function validMode(mode: string): boolean {
  if (mode === '') return true;
  const counts = MODE_CLASSES.map(() => 0);
  for (const o of mode.split(',')) {
    const k = MODE_CLASSES.findIndex((cls) => cls.includes(o));
    if (k === -1) return false;
    counts[k]++;
  }
  return counts.every((n) => n <= 1);
}

function configError(spec: MountSpec, why: string): Error {
  return new Error(`invalid mount config for type ${JSON.stringify(spec.Type)}: ${why}`);
}

/** validateExclusiveOptions: options of another mount type. */
function exclusive(spec: MountSpec): string | undefined {
  const extra: [string, unknown][] = [
    ['bind', spec.BindOptions],
    ['volume', spec.VolumeOptions],
    ['image', spec.ImageOptions],
    ['tmpfs', spec.TmpfsOptions],
  ];
  const names: Record<string, string> = { bind: 'BindOptions', volume: 'VolumeOptions', image: 'ImageOptions', tmpfs: 'TmpfsOptions' };
  const hit = extra.find(([type, opts]) => opts !== undefined && spec.Type !== type);
  return hit ? `field ${names[hit[0]]} must not be specified` : undefined;
}

function checkTarget(spec: MountSpec): string | undefined {
  const target = spec.Target ?? '';
  if (target === '') return 'field Target must not be empty';
  if (cleanPath(target) === '/') return "invalid specification: destination can't be '/'";
  if (!target.startsWith('/')) return `invalid mount path: '${target}' mount path must be absolute`;
  return undefined;
}

function checkType(spec: MountSpec, sourceExists?: (p: string) => boolean): string | undefined {
  const source = spec.Source ?? '';
  switch (spec.Type) {
    case 'bind': {
      if (source === '') return 'field Source must not be empty';
      const prop = spec.BindOptions?.Propagation;
      if (prop && !PROPAGATIONS.includes(prop)) return `invalid propagation mode: ${prop}`;
      if (!source.startsWith('/')) return `invalid mount path: '${source}' mount path must be absolute`;
      if (sourceExists && !sourceExists(source) && !spec.BindOptions?.CreateMountpoint) return `bind source path does not exist: ${source}`;
      return undefined;
    }
    case 'volume': {
      const sub = spec.VolumeOptions?.Subpath;
      if (sub && source === '') return 'must not set Subpath when using anonymous volumes';
      if (sub && (sub.startsWith('/') || cleanPath(sub).split('/')[0] === '..')) return 'subpath must be a relative path within the volume';
      return undefined;
    }
    case 'tmpfs':
      return source !== '' ? 'field Source must not be specified' : undefined;
    case 'image':
      return source === '' ? 'field Source must not be empty' : undefined;
    default:
      return 'mount type unknown';
  }
}

/**
 * validateMountConfigImpl. `sourceExists` checks a bind's host path (ParseMountSpec and the
 * create request's settings check); Binds skip it (their directory is created at start).
 */
export function validateMountSpec(spec: MountSpec, sourceExists?: (p: string) => boolean): void {
  const why = exclusive(spec) ?? checkTarget(spec) ?? checkType(spec, sourceExists);
  if (why !== undefined) throw configError(spec, why);
}

/** parseMountSpec: validate, then the mount point it describes. */
function toMountPoint(spec: MountSpec, sourceExists?: (p: string) => boolean): ParsedMount {
  validateMountSpec(spec, sourceExists);
  const mp: ParsedMount = {
    type: spec.Type,
    source: '',
    name: '',
    destination: cleanPath(spec.Target ?? ''),
    rw: !spec.ReadOnly,
    mode: '',
    propagation: '',
    driver: '',
    copyData: true,
    spec,
  };
  if (spec.Type === 'volume') {
    mp.name = spec.Source ?? '';
    mp.driver = spec.VolumeOptions?.DriverConfig?.Name ?? '';
    if (spec.VolumeOptions?.NoCopy) mp.copyData = false;
  } else if (spec.Type === 'bind') {
    mp.source = cleanPath(spec.Source ?? '');
    mp.propagation = spec.BindOptions?.Propagation || 'rprivate';
  } else if (spec.Type === 'image') {
    mp.source = spec.Source ?? '';
    mp.propagation = 'rprivate';
  }
  return mp;
}

/** ParseMountSpec (a --mount): errors are InvalidParameter. */
export function parseMountSpec(spec: MountSpec, sourceExists?: (p: string) => boolean): ParsedMount {
  try {
    return toMountPoint(spec, sourceExists);
  } catch (e) {
    throw new DaemonError('invalidParameter', (e as Error).message);
  }
}

/** ParseMountRaw (a HostConfig.Binds entry). */
export function parseMountRaw(raw: string, volumeDriver = ''): ParsedMount {
  const invalidSpec = `invalid volume specification: '${raw}'`;
  const parts = raw.split(':');
  const arr = parts.length > 4 ? [...parts.slice(0, 3), parts.slice(3).join(':')] : parts;
  if (arr[0] === '') throw plainError(invalidSpec);
  const spec: MountSpec = { Type: 'volume' };
  let mode = '';
  if (arr.length === 1) spec.Target = arr[0];
  else if (arr.length === 2) {
    if (validMode(arr[1])) throw plainError(invalidSpec);
    [spec.Source, spec.Target] = arr;
  } else if (arr.length === 3) [spec.Source, spec.Target, mode] = arr;
  else throw plainError(invalidSpec);
  if (!validMode(mode)) throw plainError(`invalid mode: ${mode}`);
  spec.Type = (spec.Source ?? '').startsWith('/') ? 'bind' : 'volume';
  const opts = mode.split(',');
  if (opts.includes('ro')) spec.ReadOnly = true;
  if (volumeDriver !== '' && spec.Type === 'volume') spec.VolumeOptions = { DriverConfig: { Name: volumeDriver } };
  if (opts.includes('nocopy')) spec.VolumeOptions = { ...spec.VolumeOptions, NoCopy: true };
  const prop = opts.find((o) => PROPAGATIONS.includes(o));
  if (prop) spec.BindOptions = { Propagation: prop };
  try {
    return { ...toMountPoint(spec), mode };
  } catch (e) {
    throw plainError(`${invalidSpec}: ${(e as Error).message}`);
  }
}

/** ParseVolumesFrom: "container[:ro|rw]" (no propagation or copy modes); InvalidParameter errors. */
export function parseVolumesFrom(spec: string): { id: string; mode: string } {
  if (spec === '') throw new DaemonError('invalidParameter', 'volumes-from specification cannot be an empty string');
  const i = spec.indexOf(':');
  const id = i === -1 ? spec : spec.slice(0, i);
  const mode = i === -1 ? '' : spec.slice(i + 1);
  if (mode === '') return { id, mode: 'rw' };
  const opts = mode.split(',');
  if (!validMode(mode) || opts.some((o) => PROPAGATIONS.includes(o) || o === 'nocopy')) {
    throw new DaemonError('invalidParameter', `invalid mode: ${mode}`);
  }
  return { id, mode };
}
