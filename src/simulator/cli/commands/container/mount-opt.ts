// `--mount` as docker/cli's opts.MountOpt parses it (opts/mount.go, mount_utils.go, v29): one
// CSV record of key=value fields (type, source/src, target/dst/destination, readonly/ro,
// bind-*, volume-*, tmpfs-*), a relative "./" source made absolute, and the client-side
// checks with their texts. The daemon validates the rest (a missing target, a bind source
// that does not exist).
import type { MountSpec } from '../../../engine/state.ts';
import { ramInBytes } from '../../../util/format/units.ts';
import { absPath } from './volume-spec.ts';

const BOOL_KEYS = ['readonly', 'ro', 'volume-nocopy', 'bind-nonrecursive', 'bind-create-src'];
const RECURSIVE = ['enabled', 'disabled', 'writable', 'readonly'];

/** encoding/csv's Reader.Read of one record, with its ParseError texts. */
export function readCsvRecord(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  const fail = (col: number, why: string) => new Error(`parse error on line 1, column ${col}: ${why}`);
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q === -1) throw fail(line.length + 1, 'extraneous or missing " in quoted-field');
        field += line.slice(j, q);
        if (line[q + 1] === '"') {
          field += '"';
          j = q + 2;
        } else if (q + 1 === line.length || line[q + 1] === ',') {
          i = q + 1;
          break;
        } else throw fail(q + 2, 'extraneous or missing " in quoted-field');
      }
    } else {
      const end = line.indexOf(',', i);
      field = line.slice(i, end === -1 ? line.length : end);
      const bare = field.indexOf('"');
      if (bare !== -1) throw fail(i + bare + 1, 'bare " in non-quoted-field');
      i = end === -1 ? line.length : end;
    }
    fields.push(field);
    if (i >= line.length) return fields;
    i++;
  }
}

/** parseBoolValue: 1/true/0/false, true when the key stands alone. */
function boolValue(key: string, val: string, hasValue: boolean): boolean {
  if (!hasValue) return true;
  if (val === '1' || val === 'true') return true;
  if (val === '0' || val === 'false') return false;
  throw new Error(`invalid value for '${key}': invalid boolean value (${JSON.stringify(val)}): must be one of "true", "1", "false", or "0" (default "true")`);
}

function setOnMap(target: Record<string, string> | undefined, kv: string): Record<string, string> | undefined {
  const i = kv.indexOf('=');
  const k = i === -1 ? kv : kv.slice(0, i);
  if (k === '') return target;
  return { ...target, [k]: i === -1 ? '' : kv.slice(i + 1) };
}

function applyField(m: MountSpec, key: string, val: string, hasValue: boolean, field: string, cwd: string): void {
  switch (key) {
    case 'type': m.Type = val.toLowerCase(); return;
    case 'source': case 'src': m.Source = !val.startsWith('/') && val.startsWith('.') ? absPath(val, cwd) : val; return;
    case 'target': case 'dst': case 'destination': m.Target = val; return;
    case 'readonly': case 'ro': m.ReadOnly = boolValue(key, val, hasValue); return;
    case 'consistency': m.Consistency = val.toLowerCase(); return;
    case 'bind-propagation': m.BindOptions = { ...m.BindOptions, Propagation: val.toLowerCase() }; return;
    case 'bind-nonrecursive': throw new Error('bind-nonrecursive is deprecated, use bind-recursive=disabled instead');
    case 'bind-recursive': {
      if (!RECURSIVE.includes(val)) throw new Error(`invalid value for ${key}: ${val} (must be "enabled", "disabled", "writable", or "readonly")`);
      const flag = { enabled: undefined, disabled: 'NonRecursive', writable: 'ReadOnlyNonRecursive', readonly: 'ReadOnlyForceRecursive' }[val];
      m.BindOptions = flag ? { ...m.BindOptions, [flag]: true } : { ...m.BindOptions };
      return;
    }
    case 'bind-create-src': m.BindOptions = { ...m.BindOptions, CreateMountpoint: boolValue(key, val, hasValue) }; return;
    case 'volume-subpath': m.VolumeOptions = { ...m.VolumeOptions, Subpath: val }; return;
    case 'volume-nocopy': m.VolumeOptions = { ...m.VolumeOptions, NoCopy: boolValue(key, val, hasValue) }; return;
    case 'volume-label': m.VolumeOptions = { ...m.VolumeOptions, Labels: setOnMap(m.VolumeOptions?.Labels, val) }; return;
    case 'volume-driver': m.VolumeOptions = { ...m.VolumeOptions, DriverConfig: { ...m.VolumeOptions?.DriverConfig, Name: val } }; return;
    case 'volume-opt': {
      const dc = m.VolumeOptions?.DriverConfig;
      m.VolumeOptions = { ...m.VolumeOptions, DriverConfig: { ...dc, Options: setOnMap(dc?.Options, val) } };
      return;
    }
    case 'image-subpath': m.ImageOptions = { Subpath: val }; return;
    case 'tmpfs-size': {
      const r = ramInBytes(val);
      if (!r.ok) throw new Error(`invalid value for ${key}: ${val}`);
      m.TmpfsOptions = { ...m.TmpfsOptions, SizeBytes: r.value };
      return;
    }
    case 'tmpfs-mode':
      if (!/^[0-7]+$/.test(val) || parseInt(val, 8) > 0xffffffff) throw new Error(`invalid value for ${key}: ${val}`);
      m.TmpfsOptions = { ...m.TmpfsOptions, Mode: parseInt(val, 8) };
      return;
    default:
      throw new Error(`unknown option '${key}' in '${field}'`);
  }
}

/** validateMountOptions / validateExclusiveOptions: the client's texts. */
function validate(m: MountSpec): void {
  const mixed: [string, unknown][] = [['bind', m.BindOptions], ['volume', m.VolumeOptions], ['image', m.ImageOptions], ['tmpfs', m.TmpfsOptions]];
  for (const [type, opts] of mixed) {
    if (opts !== undefined && m.Type !== type) throw new Error(`cannot mix '${type}-*' options with mount type '${m.Type}'`);
  }
  const b = m.BindOptions;
  if (b?.ReadOnlyNonRecursive && !m.ReadOnly) throw new Error("option 'bind-recursive=writable' requires 'readonly' to be specified in conjunction");
  if (b?.ReadOnlyForceRecursive) {
    if (!m.ReadOnly) throw new Error("option 'bind-recursive=readonly' requires 'readonly' to be specified in conjunction");
    if (b.Propagation !== 'rprivate') throw new Error("option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction");
  }
}

/** MountOpt.Set: one --mount value as the API's mount.Mount; throws with pflag's reason. */
export function parseMountOpt(raw: string, cwd: string): MountSpec {
  const value = raw.trim();
  if (value === '') throw new Error('value is empty');
  const m: MountSpec = { Type: 'volume' };
  for (const field of readCsvRecord(value)) {
    const eq = field.indexOf('=');
    const hasValue = eq !== -1;
    const rawKey = hasValue ? field.slice(0, eq) : field;
    const val = hasValue ? field.slice(eq + 1) : '';
    if (rawKey.trim() !== rawKey) throw new Error(`invalid option '${rawKey.trim()}' in '${field}': option should not have whitespace`);
    if (hasValue && val.trim() === '') throw new Error(`invalid value for '${rawKey}': value is empty`);
    if (hasValue && val.trim() !== val) throw new Error(`invalid value for '${rawKey}' in '${field}': value should not have whitespace`);
    const key = rawKey.toLowerCase();
    if (!hasValue && !BOOL_KEYS.includes(key)) throw new Error(`invalid field '${field}' must be a key=value pair`);
    applyField(m, key, val, hasValue, field, cwd);
  }
  validate(m);
  return m;
}
